// A session in a real terminal through tmux: the picker, six turns, /end, the scorecard on screen.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

describe.skipIf(!hasTmux)('roleplay in a terminal (tmux)', () => {
  it('takes a new user from the picker through six turns to the scorecard', () => {
    const screen = execFileSync('bash', [join(ROOT, 'tests/e2e/tmux-practice.sh'), tempDir()], { encoding: 'utf8', timeout: 60_000 });
    for (const m of ['Question Quality', 'Listening', 'Making It Matter', 'Engagement', 'Objection', 'Control', 'Commitment', 'Adaptability']) {
      expect(screen).toContain(m);
    }
    expect(screen).not.toMatch(/\n\s+at /);
  }, 90_000);
});

if (!hasTmux) it.skip('tmux session skipped: tmux is not installed', () => undefined);
