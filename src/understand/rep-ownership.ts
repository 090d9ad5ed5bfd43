// Who takes something on in a rep turn: an owner ("I'll", "you pick", "our liaison will") and an action,
// in any verb a promise can take ("I'll phone the ward clerk"), not a way of talking ("I'll admit…").
import type { PhraseHit } from './phrases.js';
import { hitEvidence, repHits, type Said } from './said.js';
import type { ActEvidence } from './types.js';

const HABIT = new Set(['do', 'does', 'did', "don't", 'usually', 'normally', 'typically', 'generally']);
/** "I think you'll find it interesting" predicts how the HCP will feel; nobody takes anything on. */
const PREDICTS = new Set(['find', 'see', 'love', 'like', 'notice', 'enjoy', 'agree', 'appreciate']);

/** What follows "see" when the rep perceives rather than meets someone ("see why", "see how hard"). */
const PERCEIVED = new Set(['why', 'that', 'how', 'what', 'where', 'it', "you're", "it's", "that's", "they're", 'the']);

/** Words after "I'll" that say how the rep talks or feels, not what they will do ("I'll admit", "I'll keep it short"). */
const NOT_ACTIONS = new Set([
  'admit',
  'say',
  'tell',
  'keep',
  'try',
  'assume',
  'guess',
  'bet',
  'grant',
  'concede',
  'need',
  'want',
  'answer',
  'wait',
  'stop',
  'leave',
  'let',
  'spare',
  'skip',
  'happily',
  'gladly',
  'definitely',
  'certainly',
  'probably',
  'never',
  'always',
  'still',
  'honestly',
  'respect',
  'accept',
  'own',
  'trust',
  'stick',
  'confine',
  'restrict',
  'limit',
  'stay',
]);

/** What "I'll ask" asks her here and now: "one question", "a single thing", "you one thing". */
const ASKED_HERE = new Set(['one', 'a', 'two', 'three', 'just', 'you', 'only', 'the', 'some', 'questions', 'question']);

/** Words after "make it" that promise a short call ("I'll make it fast"). */
const BRIEF = new Set(['fast', 'quick', 'short', 'brief', 'snappy']);

/** "I'll make it fast", "I'll get out of your hair", "I'll stop there", "I'll leave you to it": how the call goes, not a step taken on. */
function callConduct(s: Said, v: Verb): boolean {
  const a = s.text.tokens[v.t1]?.w;
  const b = s.text.tokens[v.t1 + 1]?.w ?? '';
  switch (v.phrase) {
    case 'make':
      return (a === 'it' || a === 'this') && BRIEF.has(b);
    case 'get':
      return a === 'out' || a === 'there' || a === 'going' || (a === 'to' && (b === 'that' || b === 'it'));
    case 'stop':
      return a === 'there' || a === 'here';
    case 'leave':
      return a === 'you' && (b === 'to' || b === 'in' || b === 'be');
    // "I'll ask one question" is how the call goes; "I'll ask Dana to call you" takes a step on.
    case 'ask':
      return ASKED_HERE.has(a ?? '');
    default:
      return false;
  }
}

/** Owners that carry their own verb: "I show up with…", "I return for fifteen minutes…", "the data are on me". */
const OWN_VERB = new Set([
  'i show up',
  'i turn up',
  'i return',
  "i'd return",
  "i'll return",
  'my job is',
  'my part is',
  'is on me',
  'are on me',
  "that's on me",
  'leave that with me',
  'leave it with me',
  'from me',
  'me back here',
  'me back on',
]);

/** Verbs of receiving before "from me": "Maria gets the summary from me", "you'll have an email from me". */
const RECEIVES = new Set(['get', 'gets', 'getting', 'have', 'has', 'receive', 'receives']);
/** Most words between the receiving verb and "from me". */
const RECEIVED_REACH = 8;

/** "from me" promises something when someone receives a thing from the rep ("that from me" is a word said, not a thing sent). */
function receivedFromMe(s: Said, at: number): boolean {
  const { tokens } = s.text;
  const sent = s.text.sentences[tokens[at]!.sent]!;
  if (sent.q || ['that', 'it', 'this'].includes(tokens[at - 1]?.w ?? '')) return false;
  for (let i = at - 2; i >= Math.max(sent.t0, at - RECEIVED_REACH); i--) if (RECEIVES.has(tokens[i]!.w)) return true;
  // "Samples from me by Thursday.": the thing and when it comes, with no verb at all.
  return s.hits.within('rep.when', at + 2, sent.t1).length > 0;
}

/** Something reaching her with no one named to send it: the rep's promise only with a time ("by Friday"). */
const ARRIVES = new Set([
  'inbox gets',
  'inbox will have',
  'inbox will get',
  'office gets',
  "it'll be in your",
  "they'll be in your",
  "it'll be on your",
  'lands in your',
  'will land in your',
]);

/** "I send", "I pass by": the plain present that speakers of other Englishes use for what the rep will do. */
const PRESENT = new Set(['i leave', 'i pass by', 'i mail', 'i send', 'i email', 'i drop', 'i book', 'i call']);
/** Words that make the present a condition or a habit: "if I send…", "when I call…". */
const AS_IF = new Set(['if', 'when', 'whenever', 'do', 'did', 'should', 'usually', 'always', 'often']);

/** A time or a vague "some day" in the sentence of a plain-present promise, which is no question. */
function promisedWhen(s: Said, h: PhraseHit): boolean {
  const sent = s.text.sentences[s.text.tokens[h.t0]!.sent]!;
  return (
    !sent.q &&
    (s.hits.within('rep.when', sent.t0, sent.t1).length > 0 ||
      s.hits.within('rep.vagueSteps', sent.t0, sent.t1).length > 0)
  );
}

/** The thing arrives at a time said in its sentence, which is no question. */
function arrivesWhen(s: Said, h: PhraseHit): boolean {
  const sent = s.text.sentences[s.text.tokens[h.t0]!.sent]!;
  return !sent.q && s.hits.within('rep.when', sent.t0, sent.t1).length > 0;
}

/** Owners that promise: "I can…" offers and "we'll…" may be the call's agenda. */
const PROMISES = new Set([
  "i'll",
  'i will',
  'i shall',
  "i'm going to",
  'i am going to',
  "i'll also",
  "i'll personally",
]);

/** The owner's verb and the token after it. */
interface Verb {
  phrase: string;
  t1: number;
}

/** "I'll contact the ED group", "I'll phone Carmen": a plain word right after the owner, not in the owner verbs, that reads as an action. */
function actionAfter(s: Said, at: number, end: number): Verb | undefined {
  const tok = s.text.tokens[at];
  if (at >= end || tok === undefined || tok.s === '' || tok.num || tok.cap || tok.breakBefore) return undefined;
  return NOT_ACTIONS.has(tok.w) ? undefined : { phrase: tok.w, t1: at + 1 };
}

/** A sentence where the rep takes something on, and the token after who takes it on. */
export interface Owned {
  k: number;
  at: number;
  ev: ActEvidence;
}

/** Sentences where the rep takes something on: an owner ("I'll", "you pick") then an action. */
export function ownership(s: Said): Owned[] {
  const out: Owned[] = [];
  for (const h of repHits(s, 'owners')) {
    // "How do you decide…" asks about a habit; nobody takes anything on.
    if (HABIT.has(s.text.tokens[h.t0 - 1]?.w ?? '')) continue;
    // "Maria gets the coverage summary from me." promises; "better you hear that from me" does not.
    if (h.phrase === 'from me' && !receivedFromMe(s, h.t0)) continue;
    // "Tonight your inbox gets the subgroup data": a thing arriving at a time the rep names is sent by the rep.
    if (ARRIVES.has(h.phrase) && !arrivesWhen(s, h)) continue;
    // "I leave the samples at reception and I pass by next month": the present for a promise, with its time.
    if (PRESENT.has(h.phrase) && (AS_IF.has(s.text.tokens[h.t0 - 1]?.w ?? '') || !promisedWhen(s, h))) continue;
    // "I'll get to it" puts her question off; nobody takes anything on.
    if (repHits(s, 'deflection').some((d) => d.t0 <= h.t0 && d.t1 > h.t0)) continue;
    const k = s.text.tokens[h.t0]!.sent;
    const end = s.text.sentences[k]!.t1;
    // "I'll be in touch": the owner's stock follow-up needs no verb of its own.
    const selfContained =
      ARRIVES.has(h.phrase) ||
      PRESENT.has(h.phrase) ||
      h.phrase === 'will do' ||
      h.phrase.startsWith('i come') ||
      h.phrase.startsWith('i bring') ||
      h.phrase.includes('back') ||
      OWN_VERB.has(h.phrase) ||
      s.hits.at('rep.vagueSteps', h.t1) !== undefined;
    const verb: Verb | undefined =
      s.hits.within('rep.ownerVerbs', h.t1, Math.min(end, h.t1 + 3))[0] ??
      (PROMISES.has(h.phrase) ? actionAfter(s, h.t1, end) : undefined);
    if (verb !== undefined && h.phrase.startsWith('you') && PREDICTS.has(verb.phrase)) continue;
    // "I can absolutely see why that's upsetting" perceives; "I can see you Tuesday" meets.
    if (verb?.phrase === 'see' && verb.t1 < end && PERCEIVED.has(s.text.tokens[verb.t1]!.w)) continue;
    if (verb !== undefined && callConduct(s, verb)) continue;
    if (selfContained || verb !== undefined)
      out.push({
        k,
        at: h.t1,
        ev: hitEvidence(s, h, `says who will do what: "{phrase}${verb ? ` … ${verb.phrase}` : ''}"`),
      });
  }
  return out;
}
