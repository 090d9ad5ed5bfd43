// "Which is hurting more, supply or rejections?" → "Rejections. Supply's gotten better.": asked to weigh the
// parts of an objection she just raised, naming one presses that objection; it is no new need.
import type { HcpTurn } from './found.js';
import { OBJECTION_TOPICS } from './objection-topics.js';
import { hitEvidence, hitsIn } from './said.js';
import type { ActEvidence, ObjectionAct } from './types.js';

/** Most words of an opening sentence that only names the part ("Rejections.", "The copay, mostly."). */
const NAMING_WORDS = 3;

export function pressedByNaming(h: HcpTurn): { act: ObjectionAct; ev: ActEvidence } | undefined {
  const { s, prev } = h;
  if (prev === undefined || !h.conv.has(prev.i, 'explore')) return undefined;
  const last = h.conv.timeline.objections.at(-1);
  const first = s.text.sentences[0];
  if (last === undefined || last.turn !== s.i - 2 || first === undefined || first.q) return undefined;
  if (first.t1 - first.t0 > NAMING_WORDS) return undefined;
  const topic = OBJECTION_TOPICS.find(([act]) => act === last.kind);
  const hit = topic === undefined ? undefined : hitsIn(s, topic[2], 0)[0];
  if (topic === undefined || hit === undefined) return undefined;
  return { act: topic[0], ev: hitEvidence(s, hit, 'presses the objection she was asked about: "{phrase}"') };
}
