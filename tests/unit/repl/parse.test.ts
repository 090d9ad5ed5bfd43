import { describe, expect, it } from 'vitest';
import { parseReplLine } from '../../../src/repl/parse.js';

describe('parseReplLine', () => {
  it.each([
    { line: '', active: true, out: { kind: 'empty' } },
    { line: '   ', active: false, out: { kind: 'empty' } },
    { line: 'What matters most to you?', active: true, out: { kind: 'say', text: 'What matters most to you?' } },
    { line: '/end', active: true, out: { kind: 'command', name: 'end', arg: '' } },
    { line: '/START gatekeeper', active: false, out: { kind: 'command', name: 'start', arg: 'gatekeeper' } },
    { line: 'start gatekeeper', active: false, out: { kind: 'command', name: 'start', arg: 'gatekeeper' } },
    { line: 'start gatekeeper', active: true, out: { kind: 'say', text: 'start gatekeeper' } },
    { line: '/exit', active: true, out: { kind: 'command', name: 'quit', arg: '' } },
    { line: '/frobnicate', active: true, out: { kind: 'unknown-command', name: 'frobnicate' } },
  ])('reads "$line" (session active: $active)', ({ line, active, out }) =>
    expect(parseReplLine(line, active)).toEqual(out),
  );
});
