// How a rep sentence opens when what follows is hers said back: a short clause looking back over the
// call before a colon ("So, to tie it off: …"), a sentence that only announces the recap ("Now let me tie
// this up."), or a check that the rep took her in ("Just so I have you straight: …").
import type { RepTurn } from './found.js';
import { colonBefore } from './text-clauses.js';

/** Most words of a sentence that only announces the recap ("Now let me tie this up."). */
const FRAME_ONLY_WORDS = 6;

/** Sentence k is a short announcement that looks back over the call and says nothing else. */
export function frameOnly(r: RepTurn, k: number): boolean {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[k]!;
  if (sent.q || sent.t1 - sent.t0 > FRAME_ONLY_WORDS) return false;
  for (let i = sent.t0; i < sent.t1; i++) if (LOOKS_BACK.has(tokens[i]!.w)) return true;
  return false;
}

/** Most words before the colon of a recap's opening clause ("Let me wrap it up, since we're right around nine minutes:"). */
const COLON_LEAD_WORDS = 12;

/** Words that make an opening clause look back over the call: "to tie it off", "from what you've told me", "where we've got to". */
const LOOKS_BACK = new Set(
  'sum summarize summarise summarizing summarising summary recap recapping wrap wrapping tie tying pull pulling round rounding together gather gathering told said heard covered discussed agreed landed got taken took back understand'.split(
    ' ',
  ),
);

/** The token after a colon that closes the sentence's short opening clause, if that clause looks back over the call. */
export function colonLead(r: RepTurn, k: number): number | undefined {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[k]!;
  let back = false;
  for (let j = sent.t0; j < Math.min(sent.t1, sent.t0 + COLON_LEAD_WORDS + 1); j++) {
    if (j > sent.t0 && tokens[j]!.breakBefore && colonBefore(r.s.text, j)) return back ? j : undefined;
    back ||= LOOKS_BACK.has(tokens[j]!.w);
  }
  return undefined;
}

/** Verbs of taking in what she said, before "you": "I have you", "I've got you", "I follow you". */
const HEARD = new Set(['have', 'got', 'get', 'understood', 'understand', 'follow', 'hear', 'heard', 'read', 'caught']);
const ME = new Set(['i', "i've", "i'm", 'me', 'let']);

/**
 * "Let me be sure I have you well: …", "If I follow you: …": a short clause in which the rep checks they
 * took her in, then a colon: what follows is her, said back. The token after the colon, if so.
 */
export function checksHearing(r: RepTurn, k: number): number | undefined {
  const { tokens, sentences } = r.s.text;
  const sent = sentences[k]!;
  let me = false;
  let heard = false;
  for (let j = sent.t0; j < Math.min(sent.t1, sent.t0 + COLON_LEAD_WORDS + 1); j++) {
    if (j > sent.t0 + 1 && tokens[j]!.breakBefore && colonBefore(r.s.text, j)) return me && heard ? j : undefined;
    // "I hear you, but that's exactly why X is right: …" turns from her to the rep's case.
    if (tokens[j]!.w === 'but') return undefined;
    me ||= ME.has(tokens[j]!.w);
    heard ||= HEARD.has(tokens[j]!.w) && tokens[j + 1]?.w === 'you';
  }
  return undefined;
}
