#!/usr/bin/env node
// Shim: the compiled CLI does the work; this file only hands it the process.
import { run } from '../dist/cli/main.js';
await run();
