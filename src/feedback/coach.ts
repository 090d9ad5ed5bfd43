// One coaching move per weakness: the advice and the better line come from the same move, so they always agree.
import type { RepAct } from '../hcp/index.js';
import { reflectedClause } from './material.js';
import { factsFor, type Moment, type Topic } from './moment.js';
import { phraseIn, productName, sentence, unsourcedNumbers } from './words.js';

export type MoveKind =
  | 'agenda'
  | 'ask'
  | 'reflect'
  | 'link'
  | 'acknowledge'
  | 'time'
  | 'recap'
  | 'close'
  | 'own'
  | 'emotion'
  | 'simplify'
  | 'answer'
  | 'transition';

/** Keyed by the rp-2 component names of COMPONENTS in src/scoring/rubric-schema.ts. */
const BY_COMPONENT: Record<string, MoveKind> = {
  depth: 'reflect',
  quality: 'ask',
  focus: 'ask',
  heard: 'reflect',
  restating: 'reflect',
  missteps: 'reflect',
  priority_links: 'link',
  generic_claims: 'link',
  feature_dumps: 'link',
  engaged_turns: 'ask',
  ending: 'close',
  disengagement: 'ask',
  handling: 'acknowledge',
  no_rebuttal: 'acknowledge',
  purpose: 'agenda',
  time_management: 'time',
  recap: 'recap',
  closing: 'close',
  transitions: 'transition',
  outcome: 'close',
  ownership: 'own',
  time_cues: 'time',
  confusion_cues: 'simplify',
  emotion_cues: 'emotion',
  disinterest_cues: 'ask',
  pushback: 'acknowledge',
};

export const ADVICE: Record<MoveKind, string> = {
  agenda: 'Open with your purpose in one sentence, then hand the turn to the HCP with a question.',
  ask: 'Ask one open question about what the HCP cares about, then stop talking.',
  reflect: 'Play back what the HCP just told you before adding anything, then ask about it.',
  link: 'Give one fact, tie it to what the HCP cares about, and hand the turn back.',
  acknowledge:
    'Acknowledge the concern before answering it, answer with data rather than reassurance, and drop the "but".',
  time: 'Respect the time cue: make one point, then offer to come back.',
  recap: 'Recap what the HCP told you before you ask for anything.',
  close: 'Propose a concrete next step with a time, and give the HCP a part in it.',
  own: "Say who does what next: your part and the HCP's.",
  emotion: 'Name what the HCP is feeling first, then ask about it.',
  simplify: 'When the HCP is lost, say it again in one plain sentence and check it landed.',
  answer: "Answer the HCP's question first, with a fact from the data, before moving on.",
  transition: 'Signal the change of topic and tie it to what the HCP just said.',
};

/** The advice for a weak component when no moment of a conversation is at hand (the trainer's report). */
export const adviceFor = (component: string | undefined): string => ADVICE[BY_COMPONENT[component ?? ''] ?? 'ask'];

export interface Coaching {
  kind: MoveKind;
  advice: string;
  line: string;
}

/** The move for a weak component at this moment: an argued objection is acknowledged, a dodged question answered. */
export function moveFor(component: string | undefined, acts: readonly RepAct[], m: Moment): MoveKind {
  if (acts.includes('dodges_question') && m.hcpQuestion !== undefined) return 'answer';
  if (acts.includes('rebuttal') && m.objection !== undefined) return 'acknowledge';
  return BY_COMPONENT[component ?? ''] ?? 'ask';
}

/** When a move has nothing to say at this moment, the next one that does; every chain ends in `ask`. */
const FALLBACK: Record<MoveKind, MoveKind[]> = {
  answer: ['acknowledge', 'reflect', 'ask'],
  acknowledge: ['reflect', 'ask'],
  emotion: ['reflect', 'ask'],
  recap: ['close'],
  transition: ['ask'],
  agenda: ['ask'],
  reflect: ['ask'],
  link: ['ask'],
  time: ['ask'],
  simplify: ['ask'],
  close: ['ask'],
  own: ['close', 'ask'],
  ask: [],
};

/**
 * The first line, for this move or its fallbacks, that is not used yet and quotes no number the scenario
 * and transcript lack (issue 15: "4 points" where the HCP said 2.4). Advice and line share the move used.
 */
export function coach(kind: MoveKind, m: Moment, used: ReadonlySet<string> = new Set()): Coaching {
  const ok = (l: string) => !used.has(l) && unsourcedNumbers(l, m.sources).length === 0;
  for (const k of [kind, ...FALLBACK[kind], 'ask' as const]) {
    const line = candidates(k, m).find(ok);
    if (line !== undefined) return { kind: k, advice: ADVICE[k], line };
  }
  return { kind: 'ask', advice: ADVICE.ask, line: SPARE.find(ok) ?? SPARE[0]! };
}

const SPARE = [
  'What would need to be true for this to work for you?',
  'What would you want to see before trying it?',
  'Where would this fit, if anywhere, in what you do today?',
];

const brief = (m: Moment) => (m.isPressed ? "I'll be brief. " : '');
const askAbout = (t: Topic) =>
  t.isQuestion ? `Can you tell me ${t.phrase}?` : `How is it going with ${t.phrase} right now?`;
const understand = (t: Topic) => (t.isQuestion ? t.phrase : `how you approach ${t.phrase}`);

function candidates(kind: MoveKind, m: Moment): string[] {
  const { topics } = m;
  const all = [...topics, ...m.reached];
  const product = productName(m.scenario.product.name);
  const clause = reflectedClause(m.hcpBefore, m.terms);
  switch (kind) {
    case 'agenda': {
      const open = m.isPressed ? "I know you're short on time, so I'll be quick." : 'Thanks for making the time.';
      return all.map(
        (t) =>
          `${open} I'd like to understand ${understand(t)}, and then see whether ${product} fits. How is that going for you today?`,
      );
    }
    case 'ask':
      return [...topics.map((t) => brief(m) + askAbout(t)), ...SPARE.map((a) => brief(m) + a)];
    case 'reflect':
      return clause === undefined
        ? []
        : [
            `It sounds like ${clause}. What would you most like to change about that?`,
            `It sounds like ${clause}. How are you handling that today?`,
          ];
    case 'link':
      return linkLines(m);
    case 'acknowledge':
      return acknowledgeLines(m);
    case 'time':
      return pointsFor(m).map(
        (p) => `I know you're short on time, so just one point: ${p} Could I come back another day for the rest?`,
      );
    case 'recap': {
      const said =
        m.reached.length > 0
          ? `we talked about ${joinAnd(m.reached.slice(0, 2).map((t) => t.heard ?? t.phrase))}`
          : clause;
      return said === undefined
        ? []
        : [
            `To recap, ${said}. Shall we plan a next step around that?`,
            `So to recap, ${said}. What would be a sensible next step from here?`,
          ];
    }
    case 'close':
      return all
        .map((t) => `Could I come back next week to talk through ${t.phrase}? What would you want me to bring?`)
        .concat('Could we set a time next week to pick this up? What would you want me to bring?');
    case 'own':
      return all.map(
        (t) =>
          `I'll send you a short summary on ${t.phrase} this week. Could you tell me by Friday whether it's worth a follow-up?`,
      );
    case 'emotion':
      return topics.map((t) => `That sounds like a real worry. ${askAbout(t)}`);
    case 'simplify':
      return m.scenario.keyMessages.map((k) => `Put simply: ${sentence(k)} Does that fit what you see?`);
    case 'answer': {
      const facts = m.scenario.facts.filter((f) =>
        f.terms.some((t) => phraseIn(t, [m.hcpQuestion ?? '']) !== undefined),
      );
      return facts.map((f) => `To answer your question: ${sentence(f.text)} What else would you want to see?`);
    }
    case 'transition': {
      const from = m.reached[0]?.heard ?? m.reached[0]?.phrase;
      return from === undefined
        ? []
        : topics.map(
            (t) => `Building on what you said about ${from}, can I ask about ${t.phrase}? What are you seeing there?`,
          );
    }
  }
}

/** Facts on the open priorities first, then the key messages, each said as the scenario says it. */
function pointsFor(m: Moment): string[] {
  const byTopic = m.topics.flatMap((t) => factsFor(m.scenario, t.priority.terms).map((f) => sentence(f.text)));
  return [...new Set([...byTopic, ...m.scenario.keyMessages.map(sentence)])];
}

function linkLines(m: Moment): string[] {
  const out: string[] = [];
  for (const t of m.topics) {
    const lead = t.heard !== undefined ? `You mentioned ${t.heard}.` : `On ${t.phrase}:`;
    const facts = factsFor(m.scenario, t.priority.terms).map((f) => sentence(f.text));
    for (const p of facts) out.push(`${brief(m)}${lead} ${p} What would that change for you?`);
  }
  return [...out, ...m.scenario.keyMessages.map((k) => `${brief(m)}${sentence(k)} What would that change for you?`)];
}

function acknowledgeLines(m: Moment): string[] {
  const o = m.objection;
  if (o === undefined) return [];
  const open = "That's a fair concern, and I don't want to brush past it.";
  const facts = factsFor(m.scenario, o.resolvedBy).map(
    (f) => `${open} ${sentence(f.text)} Does that speak to it, or is there more behind it?`,
  );
  return [
    ...facts,
    `${open} What's behind it for you?`,
    "That's fair, and you're right to ask. What would you need to see?",
  ];
}

const joinAnd = (xs: readonly string[]): string =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
