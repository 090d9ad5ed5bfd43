// A bare go-ahead to the rep's plan ("Do that.", "Sure, book it.", "Then set it up."): an imperative that
// hands the step back to the rep is a yes in few words, unlike a bare "Sure." that only closes the topic.
import type { PhraseHit } from './phrases.js';
import { hcpHits, wordIn, type Said } from './said.js';

/** Words that may open the sentence before the imperative and keep it one ("Okay, then do that."). */
const LEADS = new Set([
  'yes',
  'yeah',
  'yep',
  'sure',
  'okay',
  'ok',
  'fine',
  'alright',
  'then',
  'please',
  'great',
  'good',
]);

/** Go-aheads that count only alone, after an ask: "Go.", "Start." ("Start with the renal data" instructs). */
const ALONE = new Set(['go', 'start']);

/** Words joining a go-ahead on to a clause before it: "You've five minutes, so carry on." */
const JOINS = new Set(['so', 'and']);

/**
 * The first go-ahead that opens its sentence or clause after at most a few agreeing words; "Don't do that" is
 * none. A bare "Go." counts only when the rep's turn `asked` something.
 */
export function goAhead(s: Said, asked: boolean): PhraseHit | undefined {
  const { tokens } = s.text;
  return hcpHits(s, 'goAhead').find((x) => {
    const sent = s.text.sentences[tokens[x.t0]!.sent]!;
    if (sent.q || (x.phrase === 'carry on' && resumes(s, x.t0))) return false;
    // "Go." alone hands the floor over; "Go over it with Jenna" is an errand.
    if (ALONE.has(x.phrase) && (x.t1 !== sent.t1 || !asked)) return false;
    let i = x.t0;
    while (i > sent.t0 && !tokens[i]!.breakBefore && (LEADS.has(tokens[i - 1]!.w) || JOINS.has(tokens[i - 1]!.w))) i--;
    return i === sent.t0 || tokens[i]!.breakBefore;
  });
}

/** "Sorry, Kerry, can you jump on the till? … Sorry. Carry on.": after her own interruption, carrying on resumes the talk; it agrees to nothing. */
const resumes = (s: Said, at: number): boolean => wordIn(s, 0, at, SORRY);
const SORRY = new Set(['sorry']);

/** "Keep going, I'm listening.", "Continue. I'm all ears.", "Keep going. I'm with you.": waving the rep on
 * while saying she is with them. */
export function saysListening(s: Said): boolean {
  const { tokens } = s.text;
  return tokens.some(
    (t, i) =>
      (t.w === 'listening' && ["i'm", 'am'].includes(tokens[i - 1]?.w ?? '')) ||
      (t.w === 'ears' && tokens[i - 1]?.w === 'all') ||
      (t.w === 'you' &&
        tokens[i - 1]?.w === 'with' &&
        ["i'm", 'am'].includes(tokens[i - 2]?.w ?? '') &&
        endsSentence(s, i)),
  );
}

const endsSentence = (s: Said, i: number): boolean => s.text.tokens[i + 1]?.sent !== s.text.tokens[i]!.sent;
