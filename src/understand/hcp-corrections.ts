// The HCP correcting the rep ("No, I said the opposite.", "You're not answering my question."): irritation,
// and proof the rep's last turn missed what was said. Naming the question she asked puts it again.
import type { HcpTurn } from './found.js';
import type { PhraseHit } from './phrases.js';
import { hcpHits, hitEvidence, sentenceEvidence, sentenceHasWord, type Said } from './said.js';

/** Words that may come before a reported "I said…" and keep it her own words: "No, I said…", "But I asked…". */
const LEADS = new Set(['no', 'but', 'again', 'well', 'look', 'sorry', 'and']);

/** "I said…" and "I asked…" report her own words only when they open the sentence; "Like I said" only refers back. */
function opensSentence(s: Said, x: PhraseHit): boolean {
  const sent = s.text.sentences[s.text.tokens[x.t0]!.sent]!;
  for (let i = sent.t0; i < x.t0; i++) if (!LEADS.has(s.text.tokens[i]!.w)) return false;
  return true;
}

const REPORTS = /^(?:i said|i asked|my question|what i asked|the question)\b/;

/** "I asked about it at P&T last month" tells a story; the question she puts again is one she asked the rep. */
const TOLD_BEFORE = new Set(['last', 'ago', 'yesterday']);

/** The rep's last turn answered or pitched; a question back to her is no answer she can call wrong. */
const repAsked = (h: HcpTurn): boolean => h.prev?.text.sentences.some((x) => x.q) === true;

export function readCorrection(h: HcpTurn): void {
  const { s } = h;
  const said = hcpHits(s, 'correction').find((x) => !REPORTS.test(x.phrase) || opensSentence(s, x));
  // "That's response rate. I asked about durability." names the question the rep walked past.
  const reAsked = repAsked(h)
    ? undefined
    : hcpHits(s, 'reAsk').find(
        (x) => opensSentence(s, x) && !sentenceHasWord(s, s.text.tokens[x.t0]!.sent, TOLD_BEFORE),
      );
  const hit = said ?? reAsked;
  if (hit === undefined) return;
  h.found.add('emotion_cue', hitEvidence(s, hit, 'corrects the rep, irritated: "{phrase}"'), 'correction');
  if (reAsked !== undefined)
    h.found.add('asks_question', sentenceEvidence(s, s.text.tokens[reAsked.t0]!.sent, 'puts her question again'));
}
