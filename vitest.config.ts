import { defineConfig } from 'vitest/config';
import { SummaryLineReporter } from './tests/support/summary-reporter.js';

export default defineConfig({
  test: {
    include: ['tests/{unit,cli,e2e}/**/*.test.ts'],
    setupFiles: ['tests/support/remove-temp-dirs.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most files wait on child processes and disk, not the CPU: two at a time on a 2-core box.
    maxWorkers: 2,
    reporters: ['default', new SummaryLineReporter()],
  },
});
