// "I'm worried about the dissociation." to a rep who just brought up the drug: a worry about something
// of the drug's is a safety objection, whether or not the lexicon names that effect.
import type { HcpTurn } from './found.js';
import { spanEvidence } from './said.js';
import type { ActEvidence } from './types.js';

const WORRY = new Set(['worried', 'worry', 'worries', 'concerned', 'nervous', 'scared', 'wary']);
const ABOUT = new Set(['about', 'of', 'over']);
/** "the dissociation", "its sedation"; "my patients" or "our budget" is no part of the drug. */
const THE_DRUG_S = new Set(['the', 'its', 'that', 'this', 'those', 'these']);
/** Lists whose words name another kind of objection, read in hcp-objections.ts. */
const OTHER_TOPICS = ['hcp.cost', 'hcp.access', 'hcp.evidence', 'hcp.timeCue', 'hcp.burden'];

/** Acts and lists by which the rep's last turn put the drug on the table. */
const PRESENTED = ['purpose', 'generic_benefit', 'priority_link', 'feature_dump'] as const;

export function drugWorry(h: HcpTurn): ActEvidence | undefined {
  const { s, prev } = h;
  if (prev === undefined) return undefined;
  const presented =
    PRESENTED.some((a) => h.conv.has(prev.i, a)) || prev.hits.has('rep.productFacts') || prev.hits.has('rep.benefit');
  if (!presented) return undefined;
  const tokens = s.text.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (!WORRY.has(tokens[i]!.w) || tokens[i]!.neg || !ABOUT.has(tokens[i + 1]?.w ?? '')) continue;
    const det = tokens[i + 2];
    const noun = tokens[i + 3];
    if (det === undefined || noun === undefined || !THE_DRUG_S.has(det.w) || noun.s === '' || noun.sent !== det.sent)
      continue;
    if (h.c.generic.has(noun.s) || OTHER_TOPICS.some((list) => s.hits.at(list, i + 3) !== undefined)) continue;
    // "I'm not worried about the dissociation." denies the worry.
    if (tokens.slice(s.text.sentences[tokens[i]!.sent]!.t0, i).some((t) => t.neg)) continue;
    return spanEvidence(s, i, i + 4, "worries about something of the drug's");
  }
  return undefined;
}
