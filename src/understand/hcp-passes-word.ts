// "I'll tell Dana.", "I'll ask Gina to call you.": the HCP takes on passing the step to a named colleague.
import type { PhraseHit } from './phrases.js';
import type { Said } from './said.js';

const PASS = new Set(['tell', 'ask', 'let', 'have', 'get', 'loop', 'warn', 'text', 'call', 'email', 'message']);

/** "I'll tell Dana": a first-person will, a verb of passing word, and a name (capitalized, not "you"). */
export function passesWord(s: Said): PhraseHit | undefined {
  const { tokens } = s.text;
  for (let i = 0; i < tokens.length; i++) {
    // "I'll tell" or "I will tell": the verb one or two words on.
    const verb = tokens[i]!.w === "i'll" ? i + 1 : tokens[i]!.w === 'i' && tokens[i + 1]?.w === 'will' ? i + 2 : -1;
    const who = tokens[verb + 1];
    if (verb < 0 || who === undefined || !PASS.has(tokens[verb]!.w)) continue;
    if (who.sent === tokens[i]!.sent && who.cap && !who.num)
      return { t0: i, t1: verb + 2, phrase: s.text.raw.slice(tokens[i]!.start, who.end).toLowerCase(), list: '' };
  }
  return undefined;
}
