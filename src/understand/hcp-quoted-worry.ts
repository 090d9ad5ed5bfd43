// "'In line with the class' is exactly what I'm worried about.": the HCP takes the rep's own words and
// names them as her worry. The objection is on the topic of the rep's words (side effects: safety).
import type { HcpTurn } from './found.js';
import { OBJECTION_TOPICS } from './objection-topics.js';
import { quotedLead } from './quoted-speech.js';
import { sentenceEvidence, type Said } from './said.js';
import type { Sentence } from './text.js';
import type { ActEvidence, ObjectionAct } from './types.js';

/** Words that name a worry after "what": "what I'm worried about", "what worries me", "what bothers me". */
const WORRY = new Set([
  'worried',
  'worries',
  'worry',
  'concerns',
  'concerned',
  'concern',
  'bothers',
  'scares',
  'frightens',
]);
/** What the worry is called after "is": "what", or "the exact thing". */
const THE_THING = new Set(['what', 'thing']);
/** Words of the rep's about how patients bear the drug ("tolerated", "handled it well", weight): the worry is safety. */
const TOLERANCE = new Set(['adverse', 'events', 'side', 'safety', 'safe', 'weight', 'handled']);
/** Words a quoted echo of the rep must share, in order, to be the rep's words. */
const ECHO_RUN = 2;

export function quotedWorry(h: HcpTurn): { act: ObjectionAct; ev: ActEvidence } | undefined {
  const { s, prev } = h;
  if (prev === undefined) return undefined;
  const rep = prev.text.tokens.map((t) => t.w);
  for (const [k, sent] of s.text.sentences.entries()) {
    if (sent.q) continue;
    const said = namedAsWorry(s, sent) ?? quotedAsWorry(s, k);
    if (said === undefined || !echoes(said, rep)) continue;
    // The rep's turn gives the topic; with none named, a word on how patients bear the drug makes it safety.
    const topic = OBJECTION_TOPICS.find(([, , list]) => prev.hits.has(list));
    const tolerance = prev.text.tokens.some((t) => TOLERANCE.has(t.w) || t.w.startsWith('tolerat'));
    return {
      act: topic?.[0] ?? (tolerance ? 'objection_safety' : (raisedBefore(h) ?? 'objection_other')),
      ev: sentenceEvidence(s, k, "names the rep's own words as the worry"),
    };
  }
  return undefined;
}

/** "X is exactly what worries me", "…is the exact thing I'm worried about": the words of X. */
function namedAsWorry(s: Said, sent: Sentence): string[] | undefined {
  const { tokens } = s.text;
  let at = -1;
  for (let i = sent.t0 + 1; i < sent.t1 - 1; i++)
    if (tokens[i]!.w === 'is' || tokens[i]!.w === "'s") at = at < 0 ? i : at;
  if (at < 0) return undefined;
  let what = -1;
  for (let i = at + 1; i < Math.min(sent.t1, at + 4); i++) if (THE_THING.has(tokens[i]!.w)) what = i;
  if (what < 0 || !tokens.slice(what + 1, Math.min(sent.t1, what + 4)).some((t) => WORRY.has(t.w))) return undefined;
  return tokens.slice(sent.t0, at).map((t) => t.w);
}

/** "'Comparable to the rest of the class' — that's precisely my worry.": a quote opening the sentence, then a worry word. */
function quotedAsWorry(s: Said, k: number): string[] | undefined {
  const { tokens, sentences } = s.text;
  const { t0, t1 } = sentences[k]!;
  const end = t0 + quotedLead(s, k);
  if (end < t0 + ECHO_RUN || !tokens.slice(end, t1).some((t) => WORRY.has(t.w))) return undefined;
  return tokens.slice(t0, end).map((t) => t.w);
}

/** Whether a run of ECHO_RUN words of `said` appears in the rep's words, in order. */
function echoes(said: readonly string[], rep: readonly string[]): boolean {
  for (let i = 0; i + ECHO_RUN <= said.length; i++)
    for (let j = 0; j + ECHO_RUN <= rep.length; j++) {
      let n = 0;
      while (n < ECHO_RUN && said[i + n] === rep[j + n]) n++;
      if (n === ECHO_RUN) return true;
    }
  return false;
}

/** The kind of the last objection she raised in the call: a quoted worry with no topic of its own carries it on. */
function raisedBefore(h: HcpTurn): ObjectionAct | undefined {
  return h.conv.timeline.objections.at(-1)?.kind as ObjectionAct | undefined;
}
