// Who takes something on in a rep turn: an owner ("I'll", "you pick", "our liaison will") and an action,
// in any verb a promise can take ("I'll phone the ward clerk"), not a way of talking ("I'll admit…").
import { hasIn, hitEvidence, repHits, sentenceEvidence, type Said } from './said.js';
import { impliedOwner } from './rep-implied-owner.js';
import type { ActEvidence } from './types.js';
import { endsClause } from './text-clauses.js';
import { offersToGo } from './question-asks.js';

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

/** Verbs of a step the rep has under way ("I'm sending…", "we're dropping off…"). */
const UNDER_WAY = new Set(
  'send email drop bring call phone book put get set leave mail fax submit ship pull schedule text forward run'.split(
    ' ',
  ),
);

const ABOUT = new Set(['about', 'regarding', 'because', 're']);

/** The verb an -ing form is made from ("sending", "dropping", "scheduling"), if it is one of UNDER_WAY. */
function underWay(w: string): string | undefined {
  if (!w.endsWith('ing') || w.length < 6) return undefined;
  const stem = w.slice(0, -3);
  return [stem, stem.slice(0, -1), `${stem}e`].find((v) => UNDER_WAY.has(v));
}

/** Verbs of a step said in the plain present with its time ("Tuesday at 7:45 I go through the dates"). */
const PRESENT_STEPS = new Set([...UNDER_WAY, ...'go check come stop swing walk review host pop meet'.split(' ')]);
/** Words before "I" that make the step a condition, a habit or a question ("if I send…", "when I call…"). */
const NOT_A_PLAN = new Set(
  'if when whenever unless usually always normally typically often sometimes as where how what that until before after once'.split(
    ' ',
  ),
);

/**
 * A step with its time, taken on as much as "I'll send…": under way ("I'm sending the subgroup data tonight.")
 * or in the plain present ("Second Tuesday of each month, 7:45: I go through the dates"). One under way is
 * preferred wherever it stands; else the first plain-present one.
 */
function plannedStep(s: Said): Owned | undefined {
  const { tokens, sentences } = s.text;
  let present: Owned | undefined;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i]!.w;
    const next = tokens[i + 1]!.w;
    const k = tokens[i]!.sent;
    // "I'm calling about your patients today" says why the rep came, no step.
    const under = (w === "i'm" || w === "we're") && underWay(next) !== undefined && !ABOUT.has(tokens[i + 2]?.w ?? '');
    const before = tokens[i - 1];
    const plain =
      present === undefined &&
      (w === 'i' || w === 'we') &&
      PRESENT_STEPS.has(next) &&
      !(before !== undefined && before.sent === k && NOT_A_PLAN.has(before.w));
    if ((!under && !plain) || sentences[k]!.q || !hasIn(s, 'rep.when', k)) continue;
    const owned = { k, at: i + 1, ev: sentenceEvidence(s, k, `says who will do what: "${w} ${next}"`) };
    if (under) return owned;
    present = owned;
  }
  return present;
}

/** Sentences where the rep takes something on: an owner ("I'll", "you pick") then an action. */
export function ownership(s: Said): Owned[] {
  const out: Owned[] = [];
  const planned = plannedStep(s);
  if (planned !== undefined) out.push(planned);
  for (const h of repHits(s, 'owners')) {
    // "How do you decide…" asks about a habit; nobody takes anything on.
    if (HABIT.has(s.text.tokens[h.t0 - 1]?.w ?? '')) continue;
    // "from me", "your inbox gets…", "I pass by…": owners that promise only in some sentences.
    const implied = impliedOwner(s, h);
    if (implied === 'dropped') continue;
    // "I'll get to it" puts her question off; nobody takes anything on.
    if (repHits(s, 'deflection').some((d) => d.t0 <= h.t0 && d.t1 > h.t0)) continue;
    const k = s.text.tokens[h.t0]!.sent;
    // "Is now okay, or should I come back?" offers to go; it takes no step on.
    if (offersToGo(s, k)) continue;
    const end = s.text.sentences[k]!.t1;
    // "I'll be in touch": the owner's stock follow-up needs no verb of its own.
    const selfContained =
      implied === 'kept' ||
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
    // "One question and I'll go: …" leaves; "I'll go through the data Thursday" takes a step.
    if (verb?.phrase === 'go' && endsClause(s.text, verb.t1 - 1)) continue;
    if (selfContained || verb !== undefined)
      out.push({
        k,
        at: h.t1,
        ev: hitEvidence(s, h, `says who will do what: "{phrase}${verb ? ` … ${verb.phrase}` : ''}"`),
      });
  }
  return out;
}
