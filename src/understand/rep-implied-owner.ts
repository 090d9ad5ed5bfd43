// Owners that promise only in some sentences: "from me" when someone receives a thing ("Maria gets the
// summary from me"), a thing arriving at a time the rep names ("Tonight your inbox gets the data"), and the
// plain present for a promise ("I leave the samples at reception and I pass by next month").
import type { PhraseHit } from './phrases.js';
import { hasIn, type Said } from './said.js';

/** Verbs of receiving before "from me": "Maria gets the summary from me", "you'll have an email from me". */
const RECEIVES = new Set(['get', 'gets', 'getting', 'have', 'has', 'receive', 'receives']);
/** Most words between the receiving verb and "from me". */
const RECEIVED_REACH = 8;

/** "from me" promises something when someone receives a thing from the rep ("that from me" is a word said, not a thing sent). */
function receivedFromMe(s: Said, at: number): boolean {
  const { tokens } = s.text;
  const sent = s.text.sentences[tokens[at]!.sent]!;
  if (sent.q || ['that', 'it', 'this'].includes(tokens[at - 1]?.w ?? '')) return false;
  for (let i = at - 2; i >= Math.max(sent.t0, at - RECEIVED_REACH); i--) if (RECEIVES.has(tokens[i]!.w)) return true;
  // "Samples from me by Thursday.": the thing and when it comes, with no verb at all.
  return s.hits.within('rep.when', at + 2, sent.t1).length > 0;
}

/** Something reaching her with no one named to send it: the rep's promise only with a time ("by Friday"). */
const ARRIVES = new Set([
  'inbox gets',
  'inbox will have',
  'inbox will get',
  'office gets',
  "it'll be in your",
  "they'll be in your",
  "it'll be on your",
  'lands in your',
  'will land in your',
]);

/** "I send", "I pass by": the plain present that speakers of other Englishes use for what the rep will do. */
const PRESENT = new Set(['i leave', 'i pass by', 'i mail', 'i send', 'i email', 'i drop', 'i book', 'i call']);
/** Words that make the present a condition or a habit: "if I send…", "when I call…". */
const AS_IF = new Set(['if', 'when', 'whenever', 'do', 'did', 'should', 'usually', 'always', 'often']);

/** A time said in the hit's sentence, which is no question; "some day next month" counts where `loosely`. */
function saidWithTime(s: Said, h: PhraseHit, loosely: boolean): boolean {
  const k = s.text.tokens[h.t0]!.sent;
  return !s.text.sentences[k]!.q && (hasIn(s, 'rep.when', k) || (loosely && hasIn(s, 'rep.vagueSteps', k)));
}

/**
 * How an owner that promises only in some sentences reads here: 'kept' takes something on by itself,
 * 'dropped' takes nothing on, 'none' is an owner of another kind (or "from me" that still needs its verb).
 */
export function impliedOwner(s: Said, h: PhraseHit): 'kept' | 'dropped' | 'none' {
  if (h.phrase === 'from me') return receivedFromMe(s, h.t0) ? 'none' : 'dropped';
  if (ARRIVES.has(h.phrase)) return saidWithTime(s, h, false) ? 'kept' : 'dropped';
  if (!PRESENT.has(h.phrase)) return 'none';
  return !AS_IF.has(s.text.tokens[h.t0 - 1]?.w ?? '') && saidWithTime(s, h, true) ? 'kept' : 'dropped';
}
