// Scenario material for coaching lines: the top untouched priority, the HCP's words played back, open objections.
import type { HcpState } from '../hcp/index.js';
import type { Line, Priority, Scenario } from '../scenario/index.js';

/** What a tip or better line may draw on; every field comes from the scenario or the transcript. */
export interface Material {
  priority?: Priority;
  /** The priority's words a rep would use (its first multi-word term, else its first term). */
  term?: string;
  /** "It sounds like …." built from the HCP's last words, or '' when nothing fits. */
  reflection: string;
  /** An open question on the top untouched priority (or on the HCP's words when all are touched). */
  question: string;
  /** The first sentence of the first objection the HCP voiced and nobody resolved. */
  objection?: string;
}

const lineText = (l: Line): string => (typeof l === 'string' ? l : l.neutral);

/** Untouched priorities, the ones the HCP voiced (stated or revealed) first, in scenario order. */
export function untouchedPriorities(scenario: Scenario, state: HcpState): Priority[] {
  const open = scenario.hcp.priorities.filter((p) => state.touched[p.id] === undefined);
  const voiced = (p: Priority) => !p.hidden || state.revealed.includes(p.id);
  return [...open.filter(voiced), ...open.filter((p) => !voiced(p))];
}

export function openObjections(scenario: Scenario, state: HcpState): string[] {
  return scenario.hcp.objections
    .filter((o) => ['raised', 'acknowledged'].includes(state.objections[o.id]?.status ?? 'latent'))
    .map((o) => lineText(o.text));
}

const firstSentence = (t: string): string => t.match(/^[^.!?]+[.!?]?/)?.[0]?.trim() ?? t;

const termOf = (p: Priority): string => p.terms.find((t) => t.includes(' ')) ?? p.terms[0]!;

// First person to second, so the HCP's sentence can be played back to them.
const SWAPS: Record<string, string> = {
  i: 'you', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", me: 'you', my: 'your',
  mine: 'yours', myself: 'yourself', we: 'you', "we're": "you're", "we've": "you've", "we'd": "you'd",
  "we'll": "you'll", us: 'you', our: 'your', ours: 'yours', am: 'are',
};
const SUBJECT_START = new Set(
  ("you your you're you've you'd you'll there there's it it's that that's this these those the a an most some many " +
    'half about plenty every each both one two three all only even nobody none nothing everyone everybody they their he she his her')
    .split(' '),
);
const SECOND_PERSON = /\b(you|your|yours|you're|you've|you'll|you'd)\b/i;
const MAX_REFLECTED = 140;

export function toSecondPerson(sentence: string): string {
  const swapped = sentence.replace(/[A-Za-z]+(?:['\u2019][a-z]+)?/g, (w) => {
    const key = w.toLowerCase().replace('\u2019', "'");
    return SWAPS[key] ?? w;
  });
  // Lowercase the first word unless it looks like a name or an acronym ("Dr.", "FDA").
  return /^(?:Dr\b|[A-Z]{2,})/.test(swapped) ? swapped : swapped.charAt(0).toLowerCase() + swapped.slice(1);
}

/** Plays back the HCP's last statement (not a question, not about the rep), or '' when none fits. */
export function reflect(hcpWords: string | undefined): string {
  if (hcpWords === undefined) return '';
  const sentences = hcpWords.replace(/\*[^*]*\*/g, ' ').replace(/\s+/g, ' ').match(/[^.!?]+[.!?]*/g) ?? [];
  const statements = sentences
    .map((s) => s.trim())
    .filter((s) => !s.endsWith('?') && s.split(' ').length >= 4 && !SECOND_PERSON.test(s));
  const last = statements[statements.length - 1];
  if (last === undefined) return '';
  let body = toSecondPerson(last.replace(/[.!]+$/, ''));
  if (body.length > MAX_REFLECTED) body = `${body.slice(0, body.lastIndexOf(' ', MAX_REFLECTED))}…`;
  // "It sounds like" needs a clause; a fragment or an instruction reads better after "If I heard you right:".
  const lead = SUBJECT_START.has(body.split(/[\s,]/)[0]!.toLowerCase()) ? 'It sounds like' : 'If I heard you right:';
  return `${lead} ${body}.`;
}

export function openQuestion(priority: Priority | undefined): string {
  if (priority === undefined) return 'What would need to be true for this to work for you?';
  return `What's your experience with ${termOf(priority)} right now, and what would you most like to change?`;
}

/** Material for a line said after `hcpWords`; the priority is the top one still untouched at the end. */
export function gatherMaterial(scenario: Scenario, state: HcpState, hcpWords: string | undefined): Material {
  const priority = untouchedPriorities(scenario, state)[0];
  const m: Material = { reflection: reflect(hcpWords), question: openQuestion(priority) };
  if (priority !== undefined) {
    m.priority = priority;
    m.term = termOf(priority);
  }
  const objection = openObjections(scenario, state)[0];
  if (objection !== undefined) m.objection = firstSentence(objection);
  return m;
}

/** Reflection + open question: the "better line" shape from HCP.md. */
export function betterLine(m: Material): string {
  return m.reflection === '' ? m.question : `${m.reflection} ${m.question}`;
}
