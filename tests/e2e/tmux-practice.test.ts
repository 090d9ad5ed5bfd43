// A session in a real terminal through tmux, at 80×24 and 120×40: the picker, the briefing, six turns, /end,
// the scorecard on screen, and no line wider than the terminal (issue 15); Ctrl-C leaves a clean line.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const METRICS = [
  'Question Quality',
  'Listening',
  'Making It Matter',
  'Engagement',
  'Objection',
  'Control',
  'Commitment',
  'Adaptability',
];

describe.skipIf(!hasTmux)('roleplay in a terminal (tmux)', () => {
  it.each([
    { cols: 80, rows: 24 },
    { cols: 120, rows: 40 },
  ])(
    'takes a new user from the picker through the briefing and six turns to the scorecard at $cols×$rows',
    ({ cols, rows }) => {
      const home = tempDir();
      const screen = execFileSync(
        'bash',
        [join(ROOT, 'tests/e2e/tmux-practice.sh'), home, String(cols), String(rows)],
        { encoding: 'utf8', timeout: 90_000 },
      );
      for (const m of METRICS) expect(screen).toContain(m);
      // Asked once for the trainer's report (issue 18): kept, and on the session's history line.
      expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toEqual({ rep: 'Dana Smith' });
      expect(readFileSync(join(home, 'history.jsonl'), 'utf8')).toContain('"rep":"Dana Smith"');
      for (const part of ['Briefing: ', 'Product: ', 'Your objectives:', 'Key messages:', 'gives you about'])
        expect(screen).toContain(part);
      // -J joins what the terminal wrapped: a line the app wrote too wide comes back wider than the pane.
      // The rep's own typing after "you> " is the terminal's to wrap, as in any shell.
      const wide = screen.split('\n').filter((l) => stringWidth(l) > cols && !l.startsWith('you> '));
      expect(wide).toEqual([]);
      expect(screen).not.toMatch(/\n\s+at .*:\d+:\d+\)?$/m); // no stack trace
    },
    120_000,
  );

  it('puts the "kept" notice of a Ctrl-C on its own line, not after the half-typed input', () => {
    const screen = execFileSync('bash', [join(ROOT, 'tests/e2e/tmux-interrupt.sh'), tempDir()], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(screen).toMatch(/\nSession [0-9a-f]{8} kept; continue with: roleplay resume/);
    expect(screen).not.toMatch(/half a thought\S*Session/);
  }, 90_000);
});

if (!hasTmux) it.skip('tmux session skipped: tmux is not installed', () => undefined);
