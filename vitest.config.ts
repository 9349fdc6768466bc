import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Site tests live in tests/site/, engine tests in tests/engine/, and small unit tests
    // may sit next to their module in src/. Playwright's e2e/*.spec.ts are not vitest's.
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    // A folder (or the whole suite) without tests yet is not a failure.
    passWithNoTests: true,
    environment: 'node',
  },
});
