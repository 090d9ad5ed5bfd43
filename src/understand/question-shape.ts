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
    // "What I'm hearing is…", "What's worse is the PA": a wh-word whose clause goes on to a verb of its own states.
    const wh = (WH.has(a) && AUX.has(b)) || WH_JOINED.has(a);
    const verbAt = WH_JOINED.has(a) ? i + 1 : i + 2;
    // "Which is why I don't need one." points back: a wh-word right after the verb makes it a clause.
    const clause = WH.has(tokens[verbAt]?.w ?? '');
    if (inverted || (wh && !clause && !laterCopula(t, verbAt, sent.t1))) sent.q = true;
  }
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
