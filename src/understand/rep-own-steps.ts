// The rep asking leave for a step of its own: "Want me to come back Thursday?", "Should I bring the
// forms Friday?", "Could I set up a call with your analytics lead next week?", "Can I check back in
// two weeks?". An ask, answered by the HCP's yes or no, though the HCP is asked to do nothing.
import { hasIn, type Said } from './said.js';

const MAY = new Set(['can', 'could', 'may']);
/** Verbs of a step the rep takes; "Can I ask…", "Could I show you…" ask leave to talk, not for a step. */
const STEP_VERBS = new Set([
  'set',
  'book',
  'schedule',
  'arrange',
  'come',
  'stop',
  'swing',
  'drop',
  'bring',
  'leave',
  'send',
  'email',
  'e-mail',
  'fax',
  'mail',
  'get',
  'follow',
  'circle',
  'touch',
  'call',
  'put',
  'reach',
  'loop',
  'plan',
  'pencil',
  'grab',
  'give',
  'meet',
  'check',
]);

/** "Could I walk your nurse through it on Wednesday at two?", "Could I spend fifteen minutes with Nkechi on Thursday?": a step once it has a time; without one ("Could I walk you through the data?") leave to talk. */
const TIMED_VERBS = new Set([
  'walk',
  'show',
  'train',
  'demo',
  'run',
  'go',
  'spend',
  'sit',
  'see',
  'catch',
  'borrow',
  'have',
  'take',
  'pop',
  'visit',
  'talk',
  'do',
]);

const OPINION = new Set(['take', 'thoughts', 'opinion', 'view', 'sense', 'read', 'feedback', 'input', 'perspective']);

/** The sentence's asking words, after lead-ins, name the rep (or rep and HCP) and a step verb. */
function leaveAsked(s: Said, i: number, timed: boolean): boolean {
  const at = (n: number) => s.text.tokens[i + n]?.w;
  if (at(0) === 'do' && at(1) === 'you') return leaveAsked(s, i + 2, timed);
  if (at(0) === 'want' && at(1) === 'me' && at(2) === 'to') return true;
  if (at(0) === 'should' && at(1) === 'i') return true;
  // "Mind if I circle back next month?"
  if (at(0) === 'mind' && at(1) === 'if' && (at(2) === 'i' || at(2) === 'we')) return STEP_VERBS.has(at(3) ?? '');
  if (at(0) === 'maybe' || at(0) === 'perhaps') return leaveAsked(s, i + 1, timed);
  // "Okay to check in again in a couple weeks?", "Is it fine to bring the forms Friday?"
  if (at(0) === 'is' && at(1) === 'it') return leaveAsked(s, i + 2, timed);
  // "Okay" may have been skipped as a lead-in: "to" opens what is left.
  if (at(0) === 'to' && FINE.has(s.text.tokens[i - 1]?.w ?? '')) return leaveAsked(s, i - 1, timed);
  if (FINE.has(at(0) ?? '') && at(1) === 'to')
    return STEP_VERBS.has(at(2) ?? '') || (timed && TIMED_VERBS.has(at(2) ?? ''));
  // "Could I…?" or, asked with a rising voice, "I could…?"
  const [a, b] = [at(0) ?? '', at(1) ?? ''];
  const asking = MAY.has(a) ? b === 'i' || b === 'we' : (a === 'i' || a === 'we') && MAY.has(b);
  const verb = at(2) ?? '';
  // "Could I check — are you…?" asks a question, "Could I get your take…?" an opinion: no step.
  if (verb === 'check' && at(3) !== 'back' && at(3) !== 'in') return false;
  if (verb === 'get' && at(3) === 'your' && OPINION.has(at(4) ?? '')) return false;
  return asking && (STEP_VERBS.has(verb) || (timed && TIMED_VERBS.has(verb)));
}

/** A concrete step (a deliverable, a time) or a follow-up, however vague ("check back in two weeks"). */
const namesStep = (s: Said, k: number): boolean =>
  hasIn(s, 'rep.deliverables', k) || hasIn(s, 'rep.when', k) || hasIn(s, 'rep.vagueSteps', k);

/** "Okay to…?": leave asked in a word. */
const FINE = new Set(['okay', 'ok', 'fine', 'alright']);

const USEFUL = new Set(['help', 'helpful', 'useful', 'valuable']);

/** "Would a one-page counseling sheet for your techs help?": offering a deliverable, asking if it is wanted. */
function offersDeliverable(s: Said, k: number, start: number): boolean {
  const { tokens, sentences } = s.text;
  const last = tokens[sentences[k]!.t1 - 1]?.w ?? '';
  return tokens[start]?.w === 'would' && USEFUL.has(last) && hasIn(s, 'rep.deliverables', k);
}

export function offersOwnStep(s: Said, k: number, start: number): boolean {
  return (leaveAsked(s, start, hasIn(s, 'rep.when', k)) && namesStep(s, k)) || offersDeliverable(s, k, start);
}
