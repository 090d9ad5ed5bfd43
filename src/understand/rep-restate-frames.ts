// Where a restatement starts in a rep sentence: a recap frame, a paraphrase frame ("It sounds
// like…"), a "So …" playback, or a first statement about "you"; and when a recap closes the call.
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hitsIn, sentenceContent } from './said.js';
import { agreedStepFrom } from './rep-settled.js';
import { namesIn } from './rep-links.js';
import { checksHearing, colonLead, frameOnly } from './rep-frame-leads.js';
import { HYPOTHETICAL } from './rep-misstated.js';
import { QUESTION_WORDS } from './question-clauses.js';

const LEAD = new Set([
  'so',
  'okay',
  'ok',
  'right',
  'then',
  'and',
  'well',
  'got',
  'it',
  'thanks',
  'understood',
  'exactly',
  'yes',
  'great',
]);

type Kind = 'recap' | 'frame' | 'so' | 'you';

export interface Candidate {
  k: number;
  kind: Kind;
  /** Token where the restated content starts (after the frame). */
  from: number;
  frame?: PhraseHit;
  /** The step the HCP just agreed to, said back ("So: Thursday at seven, coffee and the renal data"). */
  settled?: boolean;
}

export const closeToEnd = (r: RepTurn): boolean =>
  ['next_step_specific', 'next_step_vague', 'commitment_request'].some((a) => r.found.has(a as 'recap')) ||
  r.s.hits.has('rep.timeAdapt') ||
  r.s.hits.has('rep.leaving') ||
  r.conv.timeline.asks.length > 0;

const FIRST_PERSON = new Set([
  'i',
  "i'll",
  "i'd",
  "i'm",
  "i've",
  'me',
  'my',
  "let's",
  'we',
  "we'll",
  "we're",
  "we've",
  'our',
  'us',
]);
/** Words after "So" that tell her what to do ("So don't…", "So please…") or put the rep's plan ("So here's my suggestion: …"). */
const BIDS = new Set(["don't", 'please', 'try', "here's", 'here', "let's"]);

/** A sentence that is only an acknowledgment ("That's hard.", "Fair."). */
export function ackOnly(r: RepTurn, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  const ack = r.s.hits.at('rep.acknowledgment', sent.t0);
  return ack !== undefined && sent.t1 - ack.t1 <= 2;
}

/** "…, so let me sum up", "…; to recap": a recap frame said by the rep after a clause break. */
function opensOwnClause(r: RepTurn, h: PhraseHit): boolean {
  const tokens = r.s.text.tokens;
  const first = tokens[h.t0]!;
  if (first.w === 'so') return false;
  if (first.breakBefore) return true;
  const before = tokens[h.t0 - 1];
  return before !== undefined && before.breakBefore && (before.w === 'so' || before.w === 'and' || before.w === 'now');
}

export function candidate(r: RepTurn, k: number, firstStatement: boolean): Candidate | undefined {
  const { s } = r;
  const sent = s.text.sentences[k]!;
  // A recap frame opens its sentence: "…a contract, so the plan doesn't carry the cost" recaps nothing.
  // It may open a later clause that the rep starts of their own: "We're at nine minutes, so let me pull it together:".
  const recap = hitsIn(s, 'rep.recap', k).find((h) => h.t0 - sent.t0 <= 3 || opensOwnClause(r, h));
  if (recap !== undefined) return { k, kind: 'recap', from: recap.t1, frame: recap };
  // "So, to tie it off: …", "Let me just summarize where we've got to: …": a short clause and a colon, then
  // her points from across the call, as it closes. The words of the clause vary; the shape does not.
  const lead = colonLead(r, k);
  if (lead !== undefined && closeToEnd(r) && gathersCall(r, lead, sent.t1)) {
    const phrase = s.text.raw.slice(s.text.tokens[sent.t0]!.start, s.text.tokens[lead - 1]!.end);
    return { k, kind: 'recap', from: lead, frame: { list: 'rep.recap', phrase, t0: sent.t0, t1: lead } };
  }
  // "Now let me tie this up. What you'd carry into committee: …": the frame said as a sentence of its own.
  if (k > 0 && closeToEnd(r) && frameOnly(r, k - 1) && gathersCall(r, sent.t0, sent.t1)) {
    const before = s.text.sentences[k - 1]!;
    const phrase = s.text.raw.slice(before.start, before.end).trim();
    return { k, kind: 'recap', from: sent.t0, frame: { list: 'rep.recap', phrase, t0: before.t0, t1: before.t1 } };
  }
  const checked = checksHearing(r, k);
  if (checked !== undefined) {
    const phrase = s.text.raw.slice(s.text.tokens[sent.t0]!.start, s.text.tokens[checked - 1]!.end);
    return {
      k,
      kind: 'frame',
      from: checked,
      frame: { list: 'rep.paraphraseFrames', phrase, t0: sent.t0, t1: checked },
    };
  }
  let i = sent.t0;
  const ack = s.hits.at('rep.acknowledgment', i);
  if (ack !== undefined) i = ack.t1;
  while (i < sent.t1 && LEAD.has(s.text.tokens[i]!.w) && s.text.tokens[i]!.w !== 'so') i++;
  if (i >= sent.t1) return undefined;
  // A frame opens the sentence ("It sounds like…", "So what I'm hearing…"), never an offer ("unless you want").
  const opens = (h: PhraseHit) => h.t0 <= i + 2 && !HYPOTHETICAL.has(s.text.tokens[h.t0 - 1]?.w ?? '');
  const frame = hitsIn(s, 'rep.paraphraseFrames', k).find(opens) ?? hitsIn(s, 'rep.attribution', k).find(opens);
  if (frame !== undefined) {
    const more = s.hits.at('rep.attribution', frame.t1);
    return { k, kind: 'frame', from: more?.t1 ?? frame.t1, frame };
  }
  // "So it's the daily shot, more than the insulin itself?": said in her order with a question mark, it checks
  // what she said; "So do you use it?" and "So what happens then?" ask.
  if (sent.q) return declarativeSo(r, k, i) ? { k, kind: 'so', from: i + 1 } : undefined;
  const settled = agreedStepFrom(r, k);
  if (settled !== undefined)
    return {
      k,
      kind: 'recap',
      from: settled,
      frame: { list: 'rep.recap', phrase: 'the agreed step', t0: sent.t0, t1: settled },
      settled: true,
    };
  const tokens = s.text.tokens;
  // "So: your next three patients, and I'm back on the 14th" (or "So — three patients…") lists what was settled.
  // A dash may as well open a proposal ("So — five of your type 2s on it. Deal?"): it recaps once she has agreed.
  if (tokens[i]?.w === 'so' && settlesAfterSo(r, tokens[i]!.end) && closeToEnd(r)) {
    return { k, kind: 'recap', from: i + 1, frame: { list: 'rep.recap', phrase: 'so:', t0: i, t1: i + 1 } };
  }
  // "So, Lumexa is a prescription gel…" describes the product; "So don't go by what I say…" tells her what to do,
  // "So here's my suggestion: …" puts the rep's plan: none restates her.
  const after = i + 1 < sent.t1;
  if (tokens[i]?.w === 'so' && after && (namesIn(r.conv, s, i + 1, i + 2) || BIDS.has(tokens[i + 1]!.w)))
    return undefined;
  if (tokens[i]?.w === 'so' || tokens[sent.t1 - 1]?.w === 'then')
    return { k, kind: 'so', from: tokens[i]?.w === 'so' ? i + 1 : i };
  if (listPlayback(r, k)) return { k, kind: 'so', from: sent.t0 };
  if (!firstStatement) return undefined;
  let secondPerson = false;
  for (let t = i; t < sent.t1; t++) {
    const w = tokens[t]!.w;
    if (FIRST_PERSON.has(w)) return undefined;
    if (w === 'you' || w === 'your' || w === "you're") secondPerson = true;
  }
  return secondPerson ? { k, kind: 'you', from: i } : undefined;
}

/** Auxiliaries and question words: any of them after "So" makes the sentence a question proper. */
const ASKS = new Set([
  ...'do does did is are was were can could would will should shall may might have has had'.split(' '),
  ...QUESTION_WORDS,
]);

/** "So" and a statement in her order, to the question mark: no auxiliary or question word anywhere after it. */
function declarativeSo(r: RepTurn, k: number, i: number): boolean {
  const tokens = r.s.text.tokens;
  const { t1 } = r.s.text.sentences[k]!;
  if (tokens[i]?.w !== 'so' || t1 - i < MIN_SO_WORDS) return false;
  for (let t = i + 1; t < t1; t++) if (ASKS.has(tokens[t]!.w)) return false;
  return true;
}
/** "So, cost?" is a prompt; a restatement names her point. */
const MIN_SO_WORDS = 5;

/** The mark after "So" opens a list of what was settled: a colon, or a dash once she has agreed. */
function settlesAfterSo(r: RepTurn, from: number): boolean {
  const mark = /^\s*([:\u2014\u2013])/u.exec(r.s.text.raw.slice(from))?.[1];
  return mark === ':' || (mark !== undefined && r.prev !== undefined && r.conv.has(r.prev.i, 'agrees'));
}

/** "Let me play back what we agreed: …" recaps an agreement, which is a close however early the ask came. */
export const recapsAgreement = (r: RepTurn, k: number): boolean =>
  hitsIn(r.s, 'rep.recap', k).some((h) => h.phrase.includes('agreed'));

/**
 * "To pull it together: you're short a nurse, … and about ten of your stable patients could move." gathers
 * three or more of the HCP's words from two or more of their turns: a summary of the call so far.
 */
export function gathersCall(r: RepTurn, from: number, t1: number): boolean {
  const words = new Set<string>();
  const turns = new Set<number>();
  for (let i = from; i < t1; i++) {
    const st = r.s.text.tokens[i]!.s;
    const said = st === '' || r.c.generic.has(st) ? undefined : r.conv.hcpSaid(st);
    if (said === undefined) continue;
    words.add(st);
    turns.add(said.first);
  }
  return words.size >= 3 && turns.size >= 2;
}

/** "Cost per course, the observation unit, and liver safety.": her points played back as a bare list. */
function listPlayback(r: RepTurn, k: number): boolean {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[k]!;
  if (r.prev === undefined || sent.t1 - sent.t0 > 16) return false;
  let items = 1;
  for (let i = sent.t0 + 1; i < sent.t1; i++) if (tokens[i]!.breakBefore || tokens[i]!.w === 'and') items++;
  const words = sentenceContent(r.s, k);
  if (items < 3 || words.size < 3) return false;
  // "Two nurses out and a full lobby, that's rough.": her day named to feel it with her, an acknowledgment, no list.
  if (r.s.hits.within('rep.acknowledgment', sent.t0 + 1, sent.t1).some((h) => tokens[h.t0]!.breakBefore)) return false;
  let hers = 0;
  for (const w of words) if (r.prev.content.has(w)) hers++;
  return hers / words.size >= 0.6;
}
