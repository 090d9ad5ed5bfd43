// A question said without its question mark ("Do you see many of them.", "How does your team handle
// appeals."): transcribed speech drops the mark where the voice went up. The shape asks whatever the
// punctuation says: an auxiliary before its subject, or a wh-word before its auxiliary.
import type { TurnText } from './text.js';

/** Words that may open a sentence before the question proper ("So do you…", "Okay, how does…"). */
const OPENERS = new Set(['so', 'okay', 'ok', 'and', 'but', 'then', 'well', 'now', 'alright', 'also', 'just', 'yeah']);
const AUX = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'would',
  'could',
  'can',
  'will',
  'should',
  'have',
  'has',
]);
/** Subjects an auxiliary is put before in a question ("do you", "is there", "would the committee"). */
const SUBJECTS = new Set([
  'you',
  'we',
  'i',
  'it',
  'they',
  'there',
  'that',
  'this',
  'he',
  'she',
  'your',
  'anyone',
  'anybody',
  'any',
  'those',
  'these',
  'the',
  'most',
]);
const WH = new Set(['what', 'how', 'where', 'who', 'why', 'when', 'which']);
const WH_JOINED = new Set(["what's", "how's", "where's", "who's"]);
/** Wh-words that can be a question's subject ("what happens", "who handles", "which works"). */
const WH_SUBJECTS = new Set(['what', 'who', 'which']);

/** Marks as questions the sentences that end on a full stop (or nothing) but are shaped as one. */
export function markAskedShapes(t: TurnText): void {
  const { tokens, raw } = t;
  for (const sent of t.sentences) {
    if (sent.q || sent.t1 - sent.t0 < 3 || endsExclaiming(raw, sent.end)) continue;
    let i = sent.t0;
    while (i < sent.t1 - 2 && OPENERS.has(tokens[i]!.w)) i++;
    const [a, b] = [tokens[i]!.w, tokens[i + 1]?.w ?? ''];
    // "Should your teams keep them in, it's…" and "Were it covered, …" set a condition, inverted as they are.
    const inverted = AUX.has(a) && a !== 'should' && a !== 'were' && SUBJECTS.has(b);
    // "When somebody won't go back on a statin, what's your move right now": with no mark at all, the
    // wh-question may open a later clause; after a full stop only the first clause asks.
    const bare = unmarked(raw, sent.end);
    // ", which is the biggest in the class" after a comma is a relative clause, not a question.
    const later = (c: number) => c > i && tokens[c]!.w !== 'which' && asksWh(t, c, sent.t1);
    const wh = asksWh(t, i, sent.t1) || (bare && clauseStarts(t, sent.t0, sent.t1, i).some(later));
    // "what happens when that stops working for them", typed with no mark: a wh-subject and its verb.
    const whSubject = bare && WH_SUBJECTS.has(a) && b.length > 3 && b.endsWith('s') && !b.endsWith('ss');
    // "when u say getting up to speed, which piece weighs on u most": "which", its noun and its verb, in any clause.
    const whichNoun = bare && clauseStarts(t, sent.t0, sent.t1, i).some((c) => whichAsks(t, c));
    if (inverted || wh || whSubject || whichNoun || (bare && spokenAsk(t, i, sent.t1))) sent.q = true;
  }
}

/** "which piece weighs", "which plan covers": "which", a noun, then its verb (a third-person -s or an auxiliary). */
function whichAsks(t: TurnText, at: number): boolean {
  const [a, b, c] = [t.tokens[at], t.tokens[at + 1], t.tokens[at + 2]];
  if (a?.w !== 'which' || b === undefined || c === undefined || b.s === '' || b.breakBefore || c.breakBefore)
    return false;
  return AUX.has(c.w) || (c.w.length > 3 && c.w.endsWith('s') && !c.w.endsWith('ss') && !c.w.endsWith("'s"));
}

/** Clause starts of a sentence: its first word past the openers, and each word after a clause break. */
function clauseStarts(t: TurnText, t0: number, t1: number, first: number): number[] {
  const out = [first];
  for (let i = t0 + 1; i < t1; i++) if (t.tokens[i]!.breakBefore && i > first) out.push(i);
  return out;
}

/** "What's your take", "How does it…": a wh-word and its verb, not a clause that goes on to a verb of its own. */
function asksWh(t: TurnText, at: number, end: number): boolean {
  const [a, b] = [t.tokens[at]?.w ?? '', t.tokens[at + 1]?.w ?? ''];
  // "What I'm hearing is…", "What's worse is the PA": a wh-word whose clause goes on to a verb of its own states.
  if (!((WH.has(a) && AUX.has(b)) || WH_JOINED.has(a))) return false;
  const verbAt = WH_JOINED.has(a) ? at + 1 : at + 2;
  // "Which is why I don't need one." points back: a wh-word right after the verb makes it a clause.
  return !WH.has(t.tokens[verbAt]?.w ?? '') && !laterCopula(t, verbAt, end);
}

/** Verbs after "you" that ask when the voice goes up: "You seeing a lot of gout lately", "You see much knee OA". */
const YOU_ASKS = new Set(['see', 'have', 'got', 'use', 'want', 'need', 'get', 'do']);

/** A sentence with no mark at all, spoken as a question: "You seeing much gout lately", "Who burned you". */
function spokenAsk(t: TurnText, at: number, end: number): boolean {
  const [a, b] = [t.tokens[at]?.w ?? '', t.tokens[at + 1]?.w ?? ''];
  if (a === 'you') return b.endsWith('ing') || YOU_ASKS.has(b);
  return a === 'who' && b !== '' && !ARTICLES.has(b) && at + 1 < end;
}
const ARTICLES = new Set(['a', 'an', 'the']);

/** The sentence ends on no mark at all ("…right now"), as dictated speech drops it. */
function unmarked(raw: string, end: number): boolean {
  for (let j = end - 1; j >= 0; j--) {
    const c = raw.charCodeAt(j);
    if (c === 32 || c === 10 || c === 13) continue;
    // A dash ends cut-off speech ("and the patients in the trial—"), not a question.
    return c !== 46 && c !== 33 && c !== 63 && c !== 0x2026 && c !== 0x2014 && c !== 0x2013 && c !== 45;
  }
  return false;
}

const COPULAS = new Set(['is', 'was', 'are', 'were']);
function laterCopula(t: TurnText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (COPULAS.has(t.tokens[i]!.w)) return true;
  return false;
}

function endsExclaiming(raw: string, end: number): boolean {
  for (let j = end - 1; j >= 0; j--) {
    const c = raw.charCodeAt(j);
    if (c === 33) return true;
    if (c !== 32 && c !== 34 && c !== 39 && c !== 41 && c !== 8221) return false;
  }
  return false;
}
