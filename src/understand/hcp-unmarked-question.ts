// Questions the HCP puts to the rep without a question mark: a prompt ("Tell me how the hub handles
// appeals.", "I'm wondering whether it's safe with tacrolimus.") or a bare wh-question ("So what's the catch.").
import { hitsIn, type Said } from './said.js';

/** Words that may open a sentence before the question proper ("So tell me how…", "Okay, what's the catch."). */
const OPENERS = new Set(['so', 'okay', 'ok', 'and', 'but', 'then', 'well', 'honestly', 'now', 'alright']);

/** After "I'm wondering whether…", the HCP's own life ("whether I'll ever get lunch") is musing, not a question. */
const HERSELF = new Set(['i', "i'll", "i'm", "i've", "i'd", 'we', "we'll", "we're", "we've", 'my', 'our']);

/** Wh-words that carry their verb ("what's") and those that need one after them ("what is", "how does"). */
const WH_JOINED = new Set(["what's", "how's", "where's", "who's", "why's", "when's"]);
const WH = new Set(['what', 'how', 'where', 'who', 'why', 'when', 'which']);
const AUX = new Set(['is', 'are', 'does', 'do', 'did', 'would', 'will', 'can', 'could', 'should', 'was', 'were']);

/** Past the openers of sentence k: where the question would start. */
function startOf(s: Said, k: number): number {
  const { t0, t1 } = s.text.sentences[k]!;
  let i = t0;
  while (i < t1 - 1 && OPENERS.has(s.text.tokens[i]!.w)) i++;
  return i;
}

/** "Tell me how…", "I'm wondering whether it's safe…": a prompt opening the sentence, about the drug or the rep. */
function prompts(s: Said, k: number): boolean {
  const at = startOf(s, k);
  const hit = hitsIn(s, 'hcp.askPrompt', k).find((x) => x.t0 === at);
  return hit !== undefined && !HERSELF.has(s.text.tokens[hit.t1]?.w ?? '');
}

/**
 * "So what's the catch.": a short last sentence that opens on a wh-word and its verb asks, stop or no stop.
 * "What's worse is the PA." has a verb of its own after it and exclaims.
 */
function bareWh(s: Said, k: number): boolean {
  const { t1 } = s.text.sentences[k]!;
  const at = startOf(s, k);
  const w = s.text.tokens[at]!.w;
  const verbAt = WH_JOINED.has(w) ? at + 1 : WH.has(w) && AUX.has(s.text.tokens[at + 1]?.w ?? '') ? at + 2 : -1;
  // "Which is why I don't need one." points back to what was said: a wh-word after the verb makes it a clause.
  if (verbAt < 0 || t1 - at > 10 || WH.has(s.text.tokens[verbAt]?.w ?? '')) return false;
  for (let i = verbAt; i < t1; i++) if (AUX.has(s.text.tokens[i]!.w)) return false;
  return true;
}

/** The first sentence that asks the rep with no question mark, if any. */
export function unmarkedQuestion(s: Said): number | undefined {
  const last = s.text.sentences.length - 1;
  for (let k = 0; k <= last; k++) {
    const { q, t0, t1 } = s.text.sentences[k]!;
    if (q || t1 === t0) continue;
    if (prompts(s, k) || (k === last && bareWh(s, k))) return k;
  }
  return undefined;
}
