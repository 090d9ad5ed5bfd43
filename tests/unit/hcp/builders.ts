// Test builders for the HCP engine: scenarios, scripted strong and weak reps, and a conversation runner.
import { fileURLToPath } from 'node:url';
import { loadScenarioFile } from '../../../src/scenario/load.js';
import type { Scenario } from '../../../src/scenario/schema.js';
import { open, step } from '../../../src/hcp/index.js';
import type { HcpMove, HcpReply, HcpState } from '../../../src/hcp/index.js';
import { analyzeWords, hasAct, readConversation } from '../../../src/understand/index.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/scenarios/good/test-clinic-visit.yaml', import.meta.url));

export async function fixtureScenario(): Promise<Scenario> {
  const parsed = await loadScenarioFile(FIXTURE);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

export type Rep = (s: Scenario, state: HcpState, last: HcpReply) => string;

/** Whether the HCP's last words, read in context, signal time pressure (the same reading the scorer does). */
const saidTime = (state: HcpState): boolean => hasAct(readConversation(state.said).turns.at(-1), 'time_cue');
const TIME_CUE_WORDS = /clock|watch|door|keys|phone|waiting|next patient|time/i;

/** A priority's most quotable term: multi-word reads like the HCP's own words. */
const phraseOf = (terms: readonly string[]): string => terms.find((t) => t.includes(' ')) ?? terms[0]!;

/** Two longer words from the HCP's last reply, to play back. */
function playBack(text: string): string {
  const words = analyzeWords(text).words.filter((w) => w.length > 5 && /^[a-z]+$/.test(w));
  const picked = [...new Set(words)].slice(0, 2);
  return picked.length > 0 ? picked.join(' and ') : 'that';
}

function nextPriority(s: Scenario, state: HcpState) {
  const known = s.hcp.priorities.filter((p) => !p.hidden || state.revealed.includes(p.id));
  return known.find((p) => state.touched[p.id] === undefined) ?? known[0] ?? s.hcp.priorities[0]!;
}

const WHAT_ELSE = [
  'What else is on your mind with these patients?',
  'Beyond that, what else makes this hard for you day to day?',
  'If you could change one thing about how this works today, what would it be?',
  'Who else is involved when you decide, and what do they worry about?',
];

/** Sets an agenda, asks open questions, plays back, links to priorities, answers objections, then asks to commit. */
export const strongRep: Rep = (s, state, last) => {
  const rushed = saidTime(state) || last.cues.some((c) => TIME_CUE_WORDS.test(c));
  const brief = rushed ? "I'll be brief. " : '';
  if (state.ending?.reason === 'commitment') {
    return `To recap, we covered ${phraseOf(s.hcp.priorities[0]!.terms)} and what matters to you. I'll send the summary on Tuesday, and we'll follow up next week. Thank you.`;
  }
  const openObjection = s.hcp.objections.find((o) =>
    ['raised', 'acknowledged'].includes(state.objections[o.id]?.status ?? ''),
  );
  if (openObjection)
    return `${brief}I hear you, that's a fair concern. How would ${openObjection.resolvedBy[0]} change that for your patients?`;
  const p = nextPriority(s, state);
  if (state.repTurns === 0) {
    return `${brief}Thanks for making time. My goal today is to understand what matters most to you. What is the biggest challenge you face with ${phraseOf(p.terms)}?`;
  }
  const touchedAny = Object.keys(state.touched).length > 0;
  // A strong rep asks once discovery has turned up what the HCP was holding back.
  const discovered = state.revealed.length > 0 || !s.hcp.priorities.some((x) => x.hidden);
  // …and only once it has tied the product to what the HCP said.
  if (state.openness >= 7 && touchedAny && discovered && state.linkedAt === undefined) {
    const product = s.product.name.replace(/\s*\(.*?\)/g, '');
    return `${brief}For the patients you described, with ${phraseOf(p.terms)} and ${playBack(last.text)}, that is where ${product} fits. ${s.keyMessages[0]}`;
  }
  if (state.openness >= 7 && touchedAny && discovered)
    return `${brief}Would you be open to a next step? I'll send a one-page summary on Tuesday and we can follow up next week.`;
  // Once every priority the HCP has named is covered, a strong rep asks what else there is.
  const known = s.hcp.priorities.filter((x) => !x.hidden || state.revealed.includes(x.id));
  if (known.every((x) => state.touched[x.id] !== undefined))
    return `${brief}${WHAT_ELSE[state.repTurns % WHAT_ELSE.length]}`;
  if (state.repTurns % 2 === 1)
    return `${brief}It sounds like ${playBack(last.text)} matter a lot to you. How does ${phraseOf(p.terms)} fit into that for your patients?`;
  return `${brief}That makes sense. What would better ${phraseOf(p.terms)} mean for your patients?`;
};

/** Five product points in five sentences, none about this HCP: a feature dump to any trainer (docs/scoring.md). */
const DUMP = (product: string) =>
  `${product} has a novel mechanism and an elegant molecule. The once-daily tablet comes in convenient packaging. Launch numbers are strong and key opinion leaders give it glowing reviews. The brand campaign is beautiful, and the phase three data are very strong. I really think it is the best option on the market today, with the best safety profile in its class.`;

/** Dumps features, asks for a commitment before earning it, argues with the concern that follows, and ignores every time cue. */
export const weakRep: Rep = (s, state) => {
  const product = s.product.name.replace(/\s*\(.*?\)/g, '');
  const lines = [
    DUMP(product),
    'Would you be willing to start prescribing it today? Can I put you down for your first patients this week?',
    "That's not true. The data is very clear and everyone is switching over to it now.",
  ];
  return lines[state.repTurns % lines.length]!;
};

export interface Exchange {
  rep: string;
  reply: HcpReply;
  move: HcpMove;
}

export interface Conversation {
  opening: HcpReply;
  exchanges: Exchange[];
  final: HcpState;
}

/** Runs a rep against the scripted HCP until it ends or `maxTurns` pass. */
export function converse(s: Scenario, rep: Rep | readonly string[], seed = 7, maxTurns = 40): Conversation {
  const opening = open(s, seed).reply;
  let last = opening;
  const exchanges: Exchange[] = [];
  for (let i = 0; i < maxTurns && last.ended === undefined; i++) {
    const text = typeof rep === 'function' ? rep(s, last.state, last) : rep[i];
    if (text === undefined) break;
    const { reply, move } = step(last.state, text, s, seed);
    exchanges.push({ rep: text, reply, move });
    last = reply;
  }
  return { opening, exchanges, final: last.state };
}

/** Built-in scenarios the conversation tests run on: discovery/easy/curious, access/medium/rushed, objection-handling/hard/skeptical, hard/hostile. */
export const SCENARIO_IDS = [
  'primary-care-hypertension-discovery',
  'office-manager-gatekeeper-access',
  'cardiology-heart-failure-evidence',
  'rheumatology-ra-jak-safety',
] as const;

const TALK = [
  'I understand, I will keep it short.',
  'Thanks for the time today.',
  'I appreciate you seeing me.',
  'That is helpful to hear.',
  'I will be brief.',
];

/** A rep who just keeps talking: short, polite, never the same line twice, and never asks for anything. */
export const keepTalking: Rep = (s, state) =>
  `${TALK[state.repTurns % TALK.length]} ${s.product.name.replace(/\s*\(.*?\)/g, '')} is on my list for visit ${state.repTurns + 1}.`;

/** A middling rep with varied lines, for long conversations that should not end early. */
export const chattyRep: Rep = (s, state) => {
  const p = s.hcp.priorities[state.repTurns % s.hcp.priorities.length]!;
  const term = p.terms[0]!;
  const lines = [
    `What does a typical week look like for your patients with ${term}?`,
    `It sounds like ${term} takes a lot of your time.`,
    `Do you see that often?`,
    `Tell me more about that.`,
    `I hear you. How do you handle ${term} today?`,
    `That makes sense.`,
    `What would help most with ${term}?`,
  ];
  return lines[state.repTurns % lines.length]!;
};
