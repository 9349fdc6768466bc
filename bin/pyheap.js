#!/usr/bin/env -S node --experimental-strip-types --no-warnings=ExperimentalWarning
// Entry point of `npx pyheap`: Node >= 22.12 runs the TypeScript sources directly.
import '../src/engine/cli/main.ts';
