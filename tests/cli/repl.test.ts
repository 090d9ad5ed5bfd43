// The REPL driven through main() with piped lines: commands, turns, and what it prints.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../support/fake-io.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/spawn.js';

const SCENARIO = 'primary-care-hypertension-discovery';

async function repl(lines: string[], argv: string[] = ['practice', '--seed', '4']) {
  const io = fakeIo();
  io.type(`${lines.join('\n')}\n`);
  const code = await main(argv, io, { env: { ROLEPLAY_HOME: tempDir() }, cwd: ROOT });
  return { code, out: io.out(), err: io.err() };
}

describe('the REPL', () => {
  it('asks for a scenario when a turn arrives before any session', async () => {
    const r = await repl(['Hello there']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('No active session. Start one with /start <scenario>');
  });

  it('suggests the closest command for a mistyped one', async () => {
    const r = await repl([`/start ${SCENARIO}`, '/stauts']);
    expect(r.out).toContain('Unknown command /stauts. Did you mean /status?');
  });

  it('starts with a bare "start <id>" and echoes piped turns as a conversation', async () => {
    const r = await repl([`start ${SCENARIO}`, 'What matters most to you this month?']);
    expect(r.out).toContain('You: What matters most to you this month?');
    expect(r.out).toMatch(/Dr\. Maya Lindqvist: /);
    expect(r.err).toMatch(/Session [0-9a-f]{8} kept; continue with: roleplay resume [0-9a-f]{8}/);
  });

  it('shows status, transcript and a hint without ending the session', async () => {
    const r = await repl([
      `/start ${SCENARIO}`,
      'What are your biggest challenges with blood pressure control?',
      '/status',
      '/transcript',
      '/hint',
    ]);
    expect(r.out).toContain('turns      1 from you');
    expect(r.out).toMatch(/You: What are your biggest challenges/);
    expect(r.out).toMatch(/Hint: \S/);
  });

  it('prints the scorecard on /end and then needs a new /start', async () => {
    const r = await repl([`/start ${SCENARIO}`, 'What matters most to you?', '/end', 'Anything else?']);
    expect(r.out).toContain('Question Quality');
    expect(r.out).toContain('Next steps');
    expect(r.out).toContain('No active session');
    expect(r.err).not.toContain('kept; continue');
  });

  it('restarts the same scenario with the same seed and the same opening', async () => {
    const r = await repl([`/start ${SCENARIO}`, 'Hi', '/restart']);
    const openings = r.out.split('\n').filter((l) => /^Session [0-9a-f]{8} · /.test(l));
    expect(openings).toHaveLength(2);
    expect(openings[0]!.replace(/[0-9a-f]{8}/, '')).toBe(openings[1]!.replace(/[0-9a-f]{8}/, ''));
  });

  it('reports an unknown scenario inside the REPL and keeps going', async () => {
    const r = await repl(['/start no-such-scenario', '/help']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('unknown scenario "no-such-scenario"');
    expect(r.out).toContain('/transcript');
  });

  it('neutralizes terminal escapes typed as a turn', async () => {
    const r = await repl([`/start ${SCENARIO}`, 'Hello \u001b]0;pwned\u0007 doctor \u001b[31mred']);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('You: Hello  doctor red');
  });
});
