import { defineConfig } from 'vitest/config';
import { SummaryLineReporter } from './tests/support/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/{unit,cli,e2e}/**/*.test.ts'],
    setupFiles: ['tests/support/remove-temp-dirs.ts', 'tests/support/fast-check-seed.ts'],
    globalSetup: ['tests/support/temp-check.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most files wait on child processes, disk and PostgreSQL, not the CPU: a full run on a 2-core box
    // keeps about 1.1 cores busy with two workers, so a third file in flight uses the idle time.
    maxWorkers: 3,
    reporters: ['default', new SummaryLineReporter()],
  },
});
