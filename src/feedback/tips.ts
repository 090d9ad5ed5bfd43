// One concrete coaching line per rp-2 component, filled with scenario material; used by improvements and /hint.
import type { Material } from './material.js';

/** Advice, plus an example line to say when one fits (improvements already show a better line, so they omit it). */
type Tip = (m: Material) => { advice: string; example?: string };

const said = (m: Material) => (m.reflection === '' ? m.question : `${m.reflection} ${m.question}`);
const about = (m: Material) => m.term ?? 'what matters to them';

/** Keyed by the rp-2 component names of COMPONENTS in src/scoring/rubric-schema.ts. */
export const COMPONENT_TIPS: Record<string, Tip> = {
  depth: (m) => ({ advice: `Build your next question on the HCP's own words about ${about(m)}`, example: m.question }),
  quality: (m) => ({ advice: 'Swap the yes/no question for one that starts with "what" or "how"', example: m.question }),
  focus: (m) => ({ advice: `Keep every question on the HCP's patients and ${about(m)}; no small talk, no strings of yes/no questions`, example: m.question }),
  heard: (m) => ({ advice: "Follow up on the HCP's last answer instead of moving on", example: said(m) }),
  restating: (m) => ({ advice: 'Play back what you heard, in your own words, before adding anything', example: said(m) }),
  missteps: (m) => ({ advice: "Don't parrot, don't argue, and don't put words in the HCP's mouth: check your recap against what they said", example: said(m) }),
  priority_links: (m) => ({ advice: `Link your next point to ${about(m)}, in the HCP's words`, example: m.question }),
  generic_claims: (m) => ({ advice: `Replace the general claim with what it means for ${about(m)}.` }),
  feature_dumps: (m) => ({ advice: 'Give one fact, then hand the turn back with a question', example: m.question }),
  engaged_turns: (m) => ({ advice: 'Ask one open question and stop talking', example: m.question }),
  ending: () => ({ advice: 'Ask what would come next', example: 'What would you need to see to try this with one patient?' }),
  disengagement: (m) => ({ advice: `The HCP was pulling away: shorten your turn and ask about ${about(m)}`, example: m.question }),
  handling: (m) => ({
    advice: `Acknowledge ${m.objection === undefined ? 'the objection' : `"${m.objection}"`} before you answer, ask what is behind it, and drop the "but"`,
    example: "That's a fair concern. What's behind it for you?",
  }),
  no_rebuttal: () => ({ advice: "Don't argue the point or wave it away; steady it", example: "Fair question. Let's walk through it together." }),
  purpose: (m) => ({ advice: 'Open with your purpose in one sentence, then ask', example: `I'd like to understand how you handle ${about(m)}. ${m.question}` }),
  time_management: () => ({ advice: 'Respect the time cue: offer the short version and a follow-up', example: "I know you're short on time. Could I come back next week for ten minutes?" }),
  recap: (m) => ({ advice: 'Recap before you close, in what the HCP actually said', example: `To recap, ${about(m)} matters to you. Shall we plan a next step around that?` }),
  closing: () => ({ advice: 'Close on a step the HCP says yes to, and treat "sure, leave it at the front" as a no', example: 'Does Thursday afternoon work for you?' }),
  transitions: () => ({ advice: 'Signal each change of topic', example: 'Building on that, …' }),
  outcome: () => ({ advice: 'Propose a concrete next step with a day, and a part for the HCP in it', example: 'Could I come back Thursday with the data you asked for, and would you pick two patients to try it with?' }),
  ownership: () => ({ advice: 'Say who does what', example: "I'll send the summary Monday; you'll pick two patients to try it with." }),
  time_cues: () => ({ advice: 'When time is short, shorten your turns and offer the quick version.' }),
  confusion_cues: () => ({ advice: 'When the HCP is confused, simplify to one plain sentence and one example', example: 'Put simply, …' }),
  emotion_cues: () => ({ advice: 'When the HCP shows emotion, name it first', example: 'That sounds frustrating.' }),
  disinterest_cues: (m) => ({ advice: 'When the HCP disengages, stop and ask about them', example: m.question }),
  pushback: (m) => ({ advice: 'When the HCP pushes back, stop pitching and hear them out', example: m.question }),
};

const FALLBACK: Tip = (m) => ({ advice: `Ask one open question on ${about(m)}`, example: m.question });

export function tipFor(component: string | undefined, m: Material, withExample = true): string {
  const tip = ((component === undefined ? undefined : COMPONENT_TIPS[component]) ?? FALLBACK)(m);
  if (!withExample || tip.example === undefined) return /[.!?]$/.test(tip.advice) ? tip.advice : `${tip.advice}.`;
  return `${tip.advice}: "${tip.example}"`;
}
