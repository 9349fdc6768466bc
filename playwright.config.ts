import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/browser.ts';

/** The e2e tests run against `astro preview` of the production build, on a port of their own
    so that a dev server on 4321 does not get in the way. */
const port = 4322;
const baseURL = `http://127.0.0.1:${port}`;
const inCi = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Two cores: one browser at a time is faster than two competing with the server.
  workers: 1,
  forbidOnly: inCi,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: inCi ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() },
    },
  ],
  webServer: {
    // `npm run test:e2e` builds first; this serves that build as a static host would.
    // --ignore-lock: run beside a developer's own `npm run preview` instead of refusing to
    // start, and stay in the foreground so Playwright can stop it.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: !inCi,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
