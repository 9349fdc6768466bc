#!/usr/bin/env -S node --experimental-strip-types --no-warnings=ExperimentalWarning
// Entry point of `npx pyheap`: Node >= 22.12 runs the TypeScript sources directly. An older
// Node cannot load them, so say that instead of failing with a loader stack trace.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  process.stderr.write(`pyheap needs Node.js 22.12 or newer; this is Node ${process.version}.\n`);
  process.exit(2);
}
await import('../src/engine/cli/main.ts');
