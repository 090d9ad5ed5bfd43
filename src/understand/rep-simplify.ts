// Clearing up the HCP's confusion: a plainer way of putting it, a definition in plain words, or a
// short plain answer to the question that confused them.
import type { RepTurn } from './found.js';
import { hasIn, hitEvidence, repHits, sentenceEvidence, wholeEvidence } from './said.js';

export function readSimplify(r: RepTurn): void {
  if (r.prev === undefined || !r.conv.has(r.prev.i, 'confusion_cue')) return;
  // "What do you think of the card?" asks; only a statement puts anything more plainly.
  const h = repHits(r.s, 'simplify').find((x) => !r.s.text.sentences[r.s.text.tokens[x.t0]!.sent]!.q);
  if (h !== undefined) {
    r.found.add('simplify', hitEvidence(r.s, h, 'clarifies after the HCP was confused: "{phrase}"'));
    return;
  }
  const k = plainDefinition(r);
  if (k !== undefined) r.found.add('simplify', sentenceEvidence(r.s, k, 'says what it is in plain words'));
  else if (shortPlainAnswer(r)) r.found.add('simplify', wholeEvidence(r.s, `answers in ${r.s.words} plain words`));
}

const DEFINERS = new Set(["it's", 'it', "that's", 'that', 'this']);
const OPENERS = new Set(['sure', 'so', 'oh', 'okay', 'ok', 'right', 'yes', 'yeah', 'sorry', 'good', 'well']);

/**
 * "What's a REMS?" → "It's a safety program from the FDA: you enroll once…": a definition in plain
 * words simplifies; "It's a Risk Evaluation and Mitigation Strategy under section 505-1" only spells
 * out more terms (a definition carrying more than one new name or code is no plainer), and neither
 * does a long one.
 */
function plainDefinition(r: RepTurn): number | undefined {
  const first = r.sentences[0];
  // A long definition or a list of features explains nothing more simply, however it opens.
  if (first === undefined || first.kind !== 'statement' || r.found.has('feature_dump')) return undefined;
  const { tokens, sentences } = r.s.text;
  const sent = sentences[first.k]!;
  if (sent.t1 - sent.t0 > r.c.lex.params.briefWords) return undefined;
  let i = sent.t0;
  while (i < sent.t1 && OPENERS.has(tokens[i]!.w)) i++;
  const w = tokens[i]?.w ?? '';
  const defines = DEFINERS.has(w) && (w.endsWith("'s") || tokens[i + 1]?.w === 'is' || tokens[i + 1]?.w === 'means');
  // "It's really well tolerated, and patients like it." sells; it puts nothing more plainly.
  if (!defines || hasIn(r.s, 'rep.benefit', first.k) || hasIn(r.s, 'rep.hype', first.k)) return undefined;
  return termsIn(r, i + 1, sent.t1) <= 1 ? first.k : undefined;
}

/** Letters from which a word the HCP never used reads as a technical term ("imbalance", "exclusion"). */
const LONG_WORD = 9;

/**
 * A capitalized name or an acronym the HCP never used, a long word she never used, or a code with digits
 * ("505-1"), in tokens [t0, t1).
 */
function termsIn(r: RepTurn, t0: number, t1: number): number {
  let terms = 0;
  for (let t = t0; t < t1; t++) {
    const tok = r.s.text.tokens[t]!;
    const unheard = tok.s !== '' && r.conv.hcpSaid(tok.s) === undefined;
    const long = tok.w.length >= LONG_WORD && !tok.w.includes('-');
    if ((unheard && (tok.cap || long)) || /\d/.test(tok.w)) terms++;
  }
  return terms;
}

/** Words in a reply short enough to be the plain version. */
const PLAIN_WORDS = 12;

/**
 * "Is it weekly or daily?" → "Weekly. One pen, the same day each week.": after confusion, a short answer
 * with no new term in it and no question back is the plain version the HCP needed.
 */
function shortPlainAnswer(r: RepTurn): boolean {
  if (!r.found.has('answers_question') || r.s.words > PLAIN_WORDS) return false;
  return r.sentences.every((q) => q.kind === 'statement') && termsIn(r, 0, r.s.text.tokens.length) === 0;
}
