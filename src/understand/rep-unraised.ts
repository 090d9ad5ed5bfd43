// A restatement that names a concern the HCP never raised: "So your main worry is cost." when she spoke
// of hypoglycemia and never of cost gets her wrong with no negation in it (those `polarityClash` reads).
import type { RepTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hitsIn, playsBack } from './said.js';

/** Each topic a restatement may name: the rep's words for it, the HCP's, and the objection that raises it. */
const TOPICS = [
  { rep: 'rep.costTopic', hcp: 'hcp.cost', act: 'objection_cost' },
  { rep: 'rep.accessTopic', hcp: 'hcp.access', act: 'objection_access' },
  { rep: 'rep.safetyTopic', hcp: 'hcp.safety', act: 'objection_safety' },
] as const;

const CLAIMS = ['rep.benefit', 'rep.productFacts', 'rep.results'];
const SECOND_PERSON = new Set(['you', 'your', "you're", "you've", "you'd"]);

/**
 * A statement that says what the HCP thinks: a frame ("It sounds like…") or a "So…" about them ("So
 * your main worry is cost."). A "So…" about the product, a claim or a question checking does not.
 */
function saysWhatTheyThink(r: RepTurn, kind: string, k: number): boolean {
  const sent = r.s.text.sentences[k]!;
  if (sent.q || (kind !== 'so' && kind !== 'frame')) return false;
  if (kind === 'frame') return true;
  // "So for your patients, coverage through the hub means no paperwork" presents; it restates nothing.
  // ("Coverage" names a product fact and a concern: as the concern it is no claim.)
  const topics = TOPICS.flatMap((x) => hitsIn(r.s, x.rep, k));
  const claim = CLAIMS.flatMap((list) => hitsIn(r.s, list, k));
  if (claim.some((c) => !topics.some((x) => x.t0 < c.t1 && c.t0 < x.t1))) return false;
  for (let t = sent.t0; t < sent.t1; t++) if (SECOND_PERSON.has(r.s.text.tokens[t]!.w)) return true;
  // "So cost at the counter is what stops them. Did I get that right?": checked with her, it is her view.
  return playsBack(r.s, k);
}

/** "a scheduling cost for the team": a word of its own in front makes the topic word a figure for it, no concern. */
function figurative(r: RepTurn, t: number): boolean {
  const before = r.s.text.tokens[t - 1];
  if (before === undefined || before.sent !== r.s.text.tokens[t]!.sent || r.s.text.tokens[t]!.breakBefore) return false;
  return before.s !== '' && !r.c.generic.has(before.s) && !TOPICS.some((x) => r.s.hits.at(x.rep, t - 1));
}

/**
 * The words of tokens [from, t1) of sentence k that name a topic of concern the HCP has not raised
 * anywhere in the call so far, in any words of that topic ("copays" raises cost as "price" does).
 */
export function unraisedTopic(r: RepTurn, kind: string, k: number, from: number, t1: number): string | undefined {
  if (!saysWhatTheyThink(r, kind, k)) return undefined;
  const { tokens } = r.s.text;
  for (const topic of TOPICS) {
    const h = r.s.hits.within(topic.rep, from, t1).find((x) => !tokens[x.t0]!.neg && !figurative(r, x.t0));
    if (h === undefined) continue;
    const raised = r.conv.hcpTopics.has(topic.rep) || r.conv.hcpTopics.has(topic.hcp) || r.conv.hcpActs.has(topic.act);
    if (!raised && !carriesTheirPoint(r, from, t1)) return h.phrase;
  }
  return undefined;
}

/**
 * "It sounds like interaction screening and counseling time are the pressure points": a word of the
 * HCP's own point beside the new topic makes it a restatement that adds a guess, not one that gets
 * them wrong. The words that frame a concern ("your main worry") are no point of theirs.
 */
function carriesTheirPoint(r: RepTurn, from: number, t1: number): boolean {
  const topics = TOPICS.flatMap((x) => r.s.hits.within(x.rep, from, t1));
  const frame = r.s.hits.within('rep.concernFrame', from, t1);
  const inside = (hits: readonly PhraseHit[], t: number) => hits.some((h) => h.t0 <= t && t < h.t1);
  for (let t = from; t < t1; t++) {
    const st = r.s.text.tokens[t]!.s;
    if (st === '' || r.c.generic.has(st) || inside(topics, t) || inside(frame, t)) continue;
    if (r.conv.hcpSaid(st) !== undefined) return true;
  }
  return false;
}
