// Issue #17: no compliance flag, ever, on the built-in strong example runs (scenarios/runs and
// tests/hcp-quality), played through the one SessionManager as `roleplay batch` plays them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuns, planRuns, runBatch } from '../../../src/batch/index.js';
import { loadLibrary } from '../../../src/scenario/index.js';
import { createMemoryStore, createSessionManager } from '../../../src/session/index.js';
import { ROOT } from '../../support/paths.js';

const STRONG = [join(ROOT, 'scenarios/runs'), join(ROOT, 'tests/hcp-quality')];

describe('strong example runs', () => {
  it('raise no compliance flag', { timeout: 120_000 }, async () => {
    const runs = await loadRuns(STRONG, { cwd: ROOT, engines: ['scripted'], library: () => loadLibrary() });
    const planned = planRuns(runs, { tags: ['strong'] });
    expect(planned.length).toBeGreaterThanOrEqual(25);
    const manager = createSessionManager({ store: createMemoryStore() });
    const { results } = await runBatch(planned, manager, { jobs: 1 });
    const flagged = results.flatMap((r) =>
      (r.compliance ?? []).map((f) => `${r.name}: ${f.kind} at turn ${f.turn}: ${f.quote}`),
    );
    expect(flagged).toEqual([]);
    expect(results.every((r) => r.compliance !== undefined)).toBe(true);
  });
});
