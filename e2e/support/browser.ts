/**
 * Which Chromium the end-to-end tests (and scripts/screenshot.ts) drive, in this order:
 *
 * 1. the executable named by PYHEAP_CHROMIUM;
 * 2. the system's `chromium` (Debian's package, as .ci/run installs it), found on PATH or at
 *    /usr/bin/chromium;
 * 3. Playwright's own build, after `npx playwright install chromium`.
 *
 * A system Chromium is launched with flags that suit a headless container (no sandbox, no
 * GPU) and that stop its own background traffic (component updates, sync, QUIC probes), so
 * the tests see only the requests the site makes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const systemChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The system Chromium to use, or undefined to let Playwright use its own browser. */
export function findSystemChromium(): string | undefined {
  const fromEnvironment = process.env['PYHEAP_CHROMIUM']?.trim();
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`PYHEAP_CHROMIUM is set to "${fromEnvironment}", but no file exists there.`);
    }
    return fromEnvironment;
  }
  try {
    const onPath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (onPath) return onPath;
  } catch {
    // Not on PATH; try the usual location below.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Launch options for Chromium: the system binary and its flags when there is one. */
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findSystemChromium();
  return executablePath ? { executablePath, args: systemChromiumArgs } : {};
}
