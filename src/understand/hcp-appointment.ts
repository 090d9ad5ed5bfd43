// "I've got a 2:40 INR, actually.", "I have a three o'clock.": an appointment of hers at a clock time,
// said to the rep, is her time running out.
import type { Said } from './said.js';
import type { PhraseHit } from './phrases.js';

const CLOCK = /^\d{1,2}:\d{2}$/;
const HAVE = new Set(['got', 'have', 'my']);

/** The first clock time she has ("got a 2:40", "have a 3 o'clock", "my 2:40"). */
export function appointmentAt(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const clock = CLOCK.test(t.w) || (t.num && tokens[i + 1]?.w === "o'clock");
    if (!clock) continue;
    const at = tokens[i - 1]?.w === 'a' ? i - 2 : i - 1;
    const before = tokens[at];
    if (before !== undefined && before.sent === t.sent && HAVE.has(before.w))
      return { list: 'hcp.timeCue', phrase: s.text.raw.slice(before.start, t.end).toLowerCase(), t0: at, t1: i + 1 };
  }
  return undefined;
}
