/**
 * Takes the README's screenshot (docs/screenshot.png) of a lesson page in the built site.
 *
 *     npm run screenshot          # builds, then runs this
 *     node scripts/screenshot.ts  # uses the existing dist/
 *
 * It serves dist/ with `astro preview` on a port of its own and drives the same Chromium the
 * e2e tests use (see e2e/support/browser.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/browser.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const outputPath = fileURLToPath(new URL('../docs/screenshot.png', import.meta.url));
const port = 4323;
const origin = `http://127.0.0.1:${port}`;
const pagePath = '/lessons/stack-frames-and-heap-objects/';

if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  console.error('No build in dist/. Run "npm run screenshot", which builds first.');
  process.exit(1);
}

// --ignore-lock: start even while another `astro preview` of this project runs.
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const server = spawn(process.execPath, [astroBin, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  cwd: projectRoot,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** Polls until the preview server answers, or gives up after about 30 seconds. */
async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(origin);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await delay(200);
  }
  throw new Error(`astro preview did not answer on ${origin}`);
}

try {
  await waitForServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    await page.screenshot({ path: outputPath });
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${outputPath} (${Math.round(statSync(outputPath).size / 1024)} KB)`);
} finally {
  server.kill();
}
