// The agreed step said back: right after the HCP says yes, "So: Thursday at seven, coffee and the renal
// data for your team." or "Tuesday after two with Rosa, the page in your hand" lists what was settled.
// Trainers hear a recap of the agreement and a specific next step, with no "to recap" in it.
import type { RepTurn } from './found.js';
import { hasIn } from './said.js';

/** Words that may open the sentence before the list ("Okay, so…", "Great. Then…", "Got it, done"). */
const LEADS = new Set([
  'okay',
  'ok',
  'great',
  'perfect',
  'good',
  'then',
  'got',
  'it',
  'done',
  'wonderful',
  'excellent',
]);

/**
 * Sentence k, a statement right after the HCP agreed, opens on "so" or on the time itself, and lists
 * the step in more than one item: its time, and something beside it. Returns the token where the list
 * starts.
 */
export function agreedStepFrom(r: RepTurn, k: number): number | undefined {
  if (r.prev === undefined || !r.conv.has(r.prev.i, 'agrees')) return undefined;
  const { s } = r;
  const sent = s.text.sentences[k]!;
  // An agreed step said back names when; "So, the results hold in the elderly" names a deliverable word only.
  if (sent.q || !hasIn(s, 'rep.when', k)) return undefined;
  const { tokens } = s.text;
  let i = sent.t0;
  while (i < sent.t1 && LEADS.has(tokens[i]!.w)) i++;
  const opensList = tokens[i]?.w === 'so' || tokens[i]?.num === true || s.hits.at('rep.when', i) !== undefined;
  if (!opensList) return undefined;
  const from = tokens[i]?.w === 'so' ? i + 1 : i;
  // "Thursday it is." names a time and nothing else; a list has a second item after a break or "and".
  for (let t = from + 1; t < sent.t1; t++) if (tokens[t]!.breakBefore || tokens[t]!.w === 'and') return from;
  return undefined;
}
