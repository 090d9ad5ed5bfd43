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

/** A short yes to what the HCP added ("I will", "Will do", "Absolutely"), before the step is listed. */
const AFFIRMS = new Set(['i', 'we', 'will', "i'll", 'absolutely', 'definitely', 'sure', 'yes', 'do']);

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
  // "I will, English and Spanish, Thursday.": a yes to the HCP's addition, then the list with its day.
  let j = i;
  while (j < sent.t1 && AFFIRMS.has(tokens[j]!.w)) j++;
  const affirmed = j > i && tokens[j]?.breakBefore === true;
  if (affirmed) i = j;
  const opensList =
    affirmed || tokens[i]?.w === 'so' || tokens[i]?.num === true || s.hits.at('rep.when', i) !== undefined;
  if (!opensList) return undefined;
  const from = tokens[i]?.w === 'so' ? i + 1 : i;
  // "Thursday it is." names a time and nothing else; a list has a second item after a break or "and".
  for (let t = from + 1; t < sent.t1; t++) if (tokens[t]!.breakBefore || tokens[t]!.w === 'and') return from;
  return undefined;
}

/** What may sit beside the time in a bare confirmation ("Thursday it is, then.", "Friday after three."). */
const CONFIRMING = new Set(['it', 'is', "it's", 'then', 'done', 'at', 'after', 'before', 'by', 'the', 'works', 'that']);

/**
 * "Thursday it is." after the HCP agreed to a step or named its day: the rep confirms the settled step,
 * which trainers tag a specific next step (one item, so no recap). The sentence is the time and little
 * else; "Thursday is a long one for everyone" says something about the day instead.
 */
export function confirmsAgreedTime(r: RepTurn, k: number): boolean {
  const { s } = r;
  const sent = s.text.sentences[k]!;
  if (r.prev === undefined || sent.q) return false;
  const { tokens } = s.text;
  let i = sent.t0;
  while (i < sent.t1 && LEADS.has(tokens[i]!.w)) i++;
  const when = s.hits.at('rep.when', i);
  if (when === undefined) return false;
  for (let t = when.t1; t < sent.t1; t++)
    if (!CONFIRMING.has(tokens[t]!.w) && !tokens[t]!.num && s.hits.at('rep.when', t) === undefined) return false;
  if (r.conv.has(r.prev.i, 'agrees')) return true;
  // The HCP named the time herself ("Make it Thursday."), which a reply of hers may not read as a yes.
  const named = new Set(r.prev.text.tokens.map((t) => t.w));
  return tokens.slice(when.t0, when.t1).every((t) => named.has(t.w));
}
