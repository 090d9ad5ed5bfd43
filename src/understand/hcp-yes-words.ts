// Which words of an HCP reply say yes: an opening yes that is no praise of the question ("Good question."),
// an agreeing phrase about her, not others or an amount ("Not much that works"), and none of the words a
// brush-off or a time cue already owns ("let me have" in "Let me have a think").
import type { PhraseHit } from './phrases.js';
import { hcpHits, wordIn, type Said } from './said.js';

/** "Good question.", "Good thing to ask.", "Fair point.": praise for the rep's question, no yes. */
const PRAISES_ASK = new Set(['question', 'thing', 'point']);

/** "Good question." and "Fair enough." open many HCP turns without agreeing to anything. */
export function agreementAtStart(s: Said) {
  const start = s.hits.at('hcp.agreeStart', 0) ?? afterAside(s);
  if (start === undefined) return undefined;
  const after = s.text.tokens[start.t1];
  const next = after?.w ?? '';
  // "Good that you asked." (or "Good you asked.", as a second-language speaker says it) praises the question,
  // like "Good question."; "Fine, you can send it." agrees.
  const youAsked = next === 'you' && after?.breakBefore === false;
  const praises = PRAISES_ASK.has(next) || youAsked || (next === 'that' && s.text.tokens[start.t1 + 1]?.w === 'you');
  return praises || welcomesTopic(s, start) ? undefined : start;
}

/** Most words of a quip before the yes ("Ha, you and me both. Yep, the 21st is wide open."). */
const ASIDE_WORDS = 5;

/** A yes opening the second sentence, after a short aside that asks, denies and counts nothing. */
function afterAside(s: Said) {
  const [aside, next] = s.text.sentences;
  if (aside === undefined || next === undefined || aside.q || aside.t1 - aside.t0 > ASIDE_WORDS) return undefined;
  // "Three and a half. Go." answers with a quantity: the "Go" lets her clock run, no yes to a step.
  if (s.text.tokens.slice(aside.t0, aside.t1).some((t) => t.info.neg || t.num)) return undefined;
  return s.hits.at('hcp.agreeStart', next.t0);
}

/** Words of praise that may be said of a topic raised. */
const GLAD = new Set(['good', 'great', 'nice', 'glad']);
/** Verbs saying the rep raised it: "came up", "you said", "you mentioned", "you brought up". */
const RAISED = new Set(['came', 'come', 'said', 'mentioned', 'raised', 'brought', 'asked']);
/** Most words between the praise and the verb ("Good that it came up" has three). */
const RAISED_REACH = 5;

/** "Good, the pen came up.", "Good that it came up.", "Good, you said one click.": glad of the topic, no yes. */
export function welcomesTopic(s: Said, x: PhraseHit): boolean {
  if (!GLAD.has(x.phrase)) return false;
  const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
  return wordIn(s, x.t1, Math.min(sent.t1, x.t1 + RAISED_REACH), RAISED);
}

/** Subjects that make an agreeing phrase about someone else: "Half of them do it wrong.", "They send me faxes". */
const OTHERS = new Set(['they', 'them', 'he', 'she', 'patients', 'people', 'nobody', 'who', 'everyone', 'everybody']);
export const othersDo = (s: Said, x: PhraseHit): boolean => {
  const before = s.text.tokens[x.t0 - 1];
  if (before === undefined || before.sent !== s.text.tokens[x.t0]!.sent) return false;
  // "Not much that works.", "A great deal.": a thing that works, an amount, no yes.
  return OTHERS.has(before.w) || (QUANTITIES.has(before.w) && !before.breakBefore && x.t1 - x.t0 <= 2);
};

/** Words before "that works" or "deal" that make it a thing or an amount: "not much that works", "a great deal". */
const QUANTITIES = new Set(['much', 'nothing', 'anything', 'something', 'everything', 'great', 'good', 'big']);

/**
 * "Let me have a think", "I'll have a think": the words of a yes or a task inside a brush-off's are the
 * brush-off's; "I have a patient waiting" is her clock, no task.
 */
export const brushWords = (s: Said, x: PhraseHit): boolean =>
  hcpHits(s, 'brushOff').some((b) => b.t0 < x.t1 && b.t1 > x.t0 && b.t1 >= x.t1 && b.t1 - b.t0 >= x.t1 - x.t0) ||
  hcpHits(s, 'timeCue').some((b) => b.t0 < x.t1 && b.t1 > x.t0);

/** Agreement that settles the plan in itself, however short: "Right. We're agreed, then." */
export const SETTLED = new Set(["we're agreed", "that's agreed", "it's a date", 'agreed']);
