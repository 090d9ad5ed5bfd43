// "Sixty tubes that expired in July. Sixty.": the HCP saying a word of hers again in a clipped sentence vents.
// Read for hcp-cues.ts as an emotion cue when no feeling word is there.
import type { Said } from './said.js';
import type { Sentence, Token } from './text.js';

/** Words said again out of courtesy, not for emphasis: "Sorry, Tina… Sorry. Go ahead." */
const COURTESY = new Set([
  'sorry',
  'thanks',
  'thank',
  'okay',
  'ok',
  'yes',
  'no',
  'yeah',
  'please',
  'right',
  'sure',
  'fine',
]);

/** "Sixty tubes that expired in July. Sixty.": a clipped sentence that only repeats what she just said vents. */
export function saidAgain(s: Said): number | undefined {
  const { tokens, sentences } = s.text;
  // Every word said so far, and each part of a joined one: "Forty minutes." repeats "a forty-minute call".
  // Gathered only once a clipped sentence needs them: most turns have none, and a set per turn cost more.
  let earlier: Set<string> | undefined;
  let gathered = 0;
  let longBefore = false;
  for (let k = 1; k < sentences.length; k++) {
    longBefore ||= sentences[k - 1]!.t1 - sentences[k - 1]!.t0 >= 4;
    const cur = sentences[k]!;
    if (cur.q || cur.t1 - cur.t0 > 3 || !longBefore) continue;
    earlier ??= new Set<string>();
    for (; gathered < k; gathered++) addWords(earlier, tokens, sentences[gathered]!);
    let said = 0;
    let all = true;
    for (let i = cur.t0; i < cur.t1; i++) {
      const t = tokens[i]!;
      if ((t.s === '' && !t.num) || COURTESY.has(t.w)) continue;
      if (earlier.has(t.w) || (t.w.endsWith('s') && earlier.has(t.w.slice(0, -1)))) said++;
      else all = false;
    }
    if (all && said > 0) return k;
  }
  return undefined;
}

/** Adds the words of a sentence, and the parts of its joined words, to `into`. */
function addWords(into: Set<string>, tokens: readonly Token[], sent: Sentence): void {
  for (let j = sent.t0; j < sent.t1; j++) {
    const w = tokens[j]!.w;
    into.add(w);
    if (w.includes('-')) for (const part of w.split('-')) into.add(part);
  }
}
