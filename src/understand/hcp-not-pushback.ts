// Topic words that are no pushback in context: the patients' "already" ("…already have erosions"), and
// evidence that won her over ("I'm pretty much convinced by the data").
import type { Said } from './said.js';

/** Who may have or use something already and be content with it: the HCP and her team. */
const CONTENT_SUBJECTS = new Set(['i', 'we', "i've", "we've", "i'm", "we're"]);

/** "…if they're CCP-positive, already have erosions": an "already" that is the patients', not what she is content with. */
export function patientsAlready(s: Said, x: { t0: number; phrase: string }): boolean {
  if (!x.phrase.startsWith('already ')) return false;
  // "Already have three on formulary." drops her "we".
  const before = s.text.tokens[x.t0 - 1];
  if (before === undefined || before.sent !== s.text.tokens[x.t0]!.sent) return false;
  return !CONTENT_SUBJECTS.has(before.w);
}

/** Words of being won over: "I'm pretty much convinced by the data", "the evidence has settled that". */
const PERSUADED = new Set(['convinced', 'convincing', 'compelling', 'persuaded', 'persuasive', 'settled']);

/** Sentence k says the evidence won her over, with no negation before it ("not convinced" still doubts). */
export function persuaded(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  for (let i = t0; i < t1; i++) {
    const t = s.text.tokens[i]!;
    if (PERSUADED.has(t.w) && !t.neg) return true;
    if (t.w === 'closed' && (s.text.tokens[i + 2]?.w === 'debate' || s.text.tokens[i + 2]?.w === 'question'))
      return true;
  }
  return false;
}
