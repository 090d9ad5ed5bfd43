// The topic of concern (cost, access, safety) the HCP just raised, named by the rep in other words:
// "the plan's step rule" after "the plans want them to fail a second anti-TNF first" is the same
// access problem, though no word is shared. Topic lists, not concept groups: the HCP engine's word
// matching stays as it is.
import type { RepTurn } from './found.js';
import { hitsIn, overlapsSentence } from './said.js';
import type { Act } from './types.js';

interface Topic {
  rep: string;
  hcp: string;
  act: Act;
}

const TOPICS: readonly Topic[] = [
  { rep: 'rep.costTopic', hcp: 'hcp.cost', act: 'objection_cost' },
  { rep: 'rep.accessTopic', hcp: 'hcp.access', act: 'objection_access' },
  { rep: 'rep.safetyTopic', hcp: 'hcp.safety', act: 'objection_safety' },
];
/** Problems a point of the product answers, once the HCP raised them: access, and patients who stop taking it. */
const ANSWERABLE: readonly Topic[] = [
  ...TOPICS.filter((t) => t.rep === 'rep.accessTopic'),
  { rep: 'rep.adherenceTopic', hcp: 'hcp.nonAdherence', act: 'shares_need' },
];

/**
 * Statements of the HCP's last turn that raise the topic: read as a need, or as an objection on that very
 * topic. "I'm fine with my current drug, the bleeding data are fine" pushes back, and sets bleeding aside.
 */
function raisedJustNow(r: RepTurn, topic: Topic): boolean {
  const prev = r.prev;
  const acts = prev === undefined ? [] : (r.conv.readingOf(prev.i)?.acts ?? []);
  const carriers = acts.filter((a) => a.act === 'shares_need' || a.act === topic.act);
  if (prev === undefined || carriers.length === 0) return false;
  return prev.text.sentences.some(
    (sent, k) =>
      // A question, even one that pushes back ("Which plans even cover it?"), is answered, not restated.
      !sent.q &&
      carriers.some((a) => overlapsSentence(prev, k, a.evidence)) &&
      hitsIn(prev, topic.hcp, k).some((h) => !prev.text.tokens[h.t0]!.neg),
  );
}

/** The topic phrase of tokens [t0, t1) that names the problem the HCP just raised, if any. */
export function namesRaisedTopic(r: RepTurn, t0: number, t1: number, topics = TOPICS): string | undefined {
  const { tokens } = r.s.text;
  for (const topic of topics) {
    const h = r.s.hits.within(topic.rep, t0, t1).find((x) => !tokens[x.t0]!.neg);
    if (h !== undefined && raisedJustNow(r, topic)) return h.phrase;
  }
  return undefined;
}

/**
 * Sentence k offers help with the access problem the HCP just raised ("Our access team has gotten
 * exceptions…"), or with patients who stop taking their drug ("…so adherence tends to be better").
 * Not safety or cost: "a really strong safety profile" after a safety worry, or "affordable" after a
 * cost one, is the stock claim of every rep, however on-topic.
 */
export function answersRaisedProblem(r: RepTurn, k: number): string | undefined {
  const sent = r.s.text.sentences[k]!;
  return namesRaisedTopic(r, sent.t0, sent.t1, ANSWERABLE);
}
