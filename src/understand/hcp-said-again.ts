// "Sixty tubes that expired in July. Sixty.": the HCP saying a word of hers again in a clipped sentence vents.
// Read for hcp-cues.ts as an emotion cue when no feeling word is there.
import type { Said } from './said.js';

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
  const earlier = new Set<string>();
  let longBefore = false;
  for (let k = 1; k < sentences.length; k++) {
    const [prev, cur] = [sentences[k - 1]!, sentences[k]!];
    for (let j = prev.t0; j < prev.t1; j++) {
      const w = tokens[j]!.w;
      earlier.add(w);
      // Split only joined words: an array per word cost more than the check.
      if (w.includes('-')) for (const part of w.split('-')) earlier.add(part);
    }
    longBefore ||= prev.t1 - prev.t0 >= 4;
    if (cur.q || cur.t1 - cur.t0 > 3 || !longBefore) continue;
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
