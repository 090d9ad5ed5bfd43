// Caution about the rep's drug or its class ("I'm cautious with JAKs in my older patients.", "I'm careful with
// anything that drops pressure in my eighty-year-olds") is a safety worry without a side-effect word; caution
// about some other therapy ("cautious with oral anti-inflammatories" to "Do you use topicals?") is her practice.
import type { HcpTurn } from './found.js';
import { hasIn, hcpHits, hitEvidence } from './said.js';

/** Objects of caution that stand for whatever the rep brings: "anything that…", "these", "the class". */
const ANY_DRUG = new Set(['anything', 'any', 'these', 'those', 'this', 'that', 'it', 'them', 'the', 'new', 'newer']);

/** How far after the caution words its object is looked for ("cautious with oral JAKs"). */
const OBJECT_WORDS = 3;

export function readCaution(h: HcpTurn): void {
  const { s, prev } = h;
  // To a question only ("Do you use topical steroids much?") caution answers with her practice.
  if (prev === undefined || prev.text.sentences.every((x) => x.q)) return;
  const tokens = s.text.tokens;
  for (const x of hcpHits(s, 'caution')) {
    const sent = tokens[x.t0]!.sent;
    // "I'm careful with savings cards" minds a cost or an access step, read by those rules.
    if (tokens[x.t0]!.neg || hasIn(s, 'hcp.cost', sent) || hasIn(s, 'hcp.access', sent)) continue;
    const next = tokens[x.t1];
    if (next === undefined || next.sent !== sent) continue;
    let ours = ANY_DRUG.has(next.w);
    for (let i = x.t1; !ours && i < x.t1 + OBJECT_WORDS && tokens[i]?.sent === sent; i++)
      ours = tokens[i]!.s !== '' && prev.content.has(tokens[i]!.s);
    if (ours) {
      h.found.add('objection_safety', hitEvidence(s, x, 'wary of the drug or its class: "{phrase}"'));
      return;
    }
  }
}
