// "For some patients. Not the ones with a psychiatric history.": after the rep argues past her concern,
// the HCP grants it for some and takes a group out. The group is her concern still standing: the same
// objection, in the words of who it is about.
import type { HcpTurn } from './found.js';
import { OBJECTION_TOPICS } from './objection-topics.js';
import { sentenceEvidence } from './said.js';
import type { ActEvidence, ObjectionAct } from './types.js';

/** Words that point at a group after "Not": "Not the ones who…", "Not my eighty-year-olds", "Not in those with…". */
const GROUP_OPENERS = new Set(['the', 'my', 'those', 'these', 'in', 'for', 'with', 'if', 'anyone', 'anybody']);
/** "Not everybody.", "Not all.": the group left out is the rest, said in a word. */
const EVERYONE = new Set(['everybody', 'everyone', 'all']);
/** What the rep did last that a carve-out answers: argued for the product. */
const ARGUED = ['rebuttal', 'generic_benefit', 'priority_link'] as const;

export function carveOut(h: HcpTurn): { act: ObjectionAct; ev: ActEvidence } | undefined {
  const { s, prev, conv } = h;
  if (prev === undefined || !ARGUED.some((a) => conv.has(prev.i, a))) return undefined;
  // The concern the rep just argued past: the open one whose topic the rep's words took up, else the latest.
  const argued = conv.openObjections.filter((o) =>
    OBJECTION_TOPICS.some(([act, , list]) => act === o.kind && prev.hits.has(list)),
  );
  const open = argued.at(-1) ?? conv.openObjections.at(-1);
  if (open === undefined) return undefined;
  const { tokens } = s.text;
  for (const [k, sent] of s.text.sentences.entries()) {
    if (sent.q || sent.t1 - sent.t0 < 2 || tokens[sent.t0]!.w !== 'not') continue;
    const next = tokens[sent.t0 + 1]!.w;
    if ((sent.t1 - sent.t0 >= 3 && GROUP_OPENERS.has(next)) || EVERYONE.has(next))
      return { act: open.kind, ev: sentenceEvidence(s, k, 'takes a group out of what the rep claimed') };
  }
  return undefined;
}
