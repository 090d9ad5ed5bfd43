// Topic words that are no pushback in context: the patients' "already" ("…already have erosions"),
// evidence that won her over ("I'm pretty much convinced by the data"), "Fine by me." agreeing to a step,
// what an offer would solve ("that takes care of most of my problem"), "Doing fine, thanks." to a hello,
// a sentence opening on "nothing", "Anything new?" asking what the rep brings, and a "PA clinic".
import { hcpHits, type Said } from './said.js';

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

/** Words that make "fine with me" agree to what was just put to her: "That's fine with me.", "Fine by me." */
const AGREEING_OPENERS = new Set([
  "that's",
  'that',
  'sounds',
  "it's",
  'yes',
  'yeah',
  'yep',
  'sure',
  'ok',
  'okay',
  'all',
  'fine',
]);
/** Words right before "fine by me" that make it a yes to what was put to her: "Yeah, that's fine by me." */
const AGREEING_BEFORE = new Set(["that's", "it's", 'sounds']);

/** "Fine by me.", "That's fine with me.": agreeing to the rep's proposal, not content with what she has. */
export function agreesToIt(s: Said, x: { t0: number; phrase: string }): boolean {
  if (!x.phrase.startsWith('fine ')) return false;
  const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
  return (
    x.t0 === sent.t0 ||
    AGREEING_OPENERS.has(s.text.tokens[sent.t0]!.w) ||
    AGREEING_BEFORE.has(s.text.tokens[x.t0 - 1]?.w ?? '')
  );
}

/** "If the biopsy's covered, that takes care of most of my problem.": what the offer would solve, not what she has. */
export function wouldSolve(s: Said, x: { t0: number; t1: number }): boolean {
  return hcpHits(s, 'willing').some((w) => w.t0 < x.t1 && x.t0 < w.t1);
}

/** "Doing fine, thanks." to "How are you?" says how she is, not that she is content with what she uses. */
export function answersHowAreYou(s: Said, prev: Said | undefined, x: { t0: number; phrase: string }): boolean {
  const asked = prev !== undefined && prev.speaker === 'rep' && prev.hits.has('rep.greetings');
  return asked && s.text.tokens[x.t0]!.sent === 0 && x.phrase.startsWith('doing');
}

/** "Nothing I'm happy with.", "None of it works.": a sentence opening on "nothing" or "none" denies the contentment. */
export function noneOf(s: Said, x: { t0: number }): boolean {
  const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
  const first = s.text.tokens[sent.t0]!.w;
  return (first === 'nothing' || first === 'none') && x.t0 > sent.t0;
}

/** "Two minutes. Anything new?" asks what the rep brings; "Anything new rattles them." keeps what works. */
export function asksWhatsNew(s: Said, x: { t0: number; t1: number; phrase: string }): boolean {
  const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
  return x.phrase === 'anything new' && sent.q && sent.t0 === x.t0 && sent.t1 === x.t1;
}

/** Words after "PA" that make it a physician assistant's place, not a prior authorization ("the Westbrook PA clinic"). */
const PA_PLACES = new Set(['clinic', 'practice', 'group', 'office', 'student', 'students']);

/** "…and the Westbrook PA clinic.": the PA of a clinic's name is no access barrier. */
export function physicianAssistant(s: Said, x: { t0: number; t1: number; phrase: string }): boolean {
  return (x.phrase === 'pa' || x.phrase === 'pas') && PA_PLACES.has(s.text.tokens[x.t1]?.w ?? '');
}
