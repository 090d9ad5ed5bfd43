// One concrete coaching line per rp-1 component, filled with scenario material; used by improvements and /hint.
import type { Material } from './material.js';

/** Advice, plus an example line to say when one fits (improvements already show a better line, so they omit it). */
type Tip = (m: Material) => { advice: string; example?: string };

const said = (m: Material) => (m.reflection === '' ? m.question : `${m.reflection} ${m.question}`);
const about = (m: Material) => m.term ?? 'what matters to them';

export const COMPONENT_TIPS: Record<string, Tip> = {
  open_closed_ratio: (m) => ({ advice: 'Swap the yes/no question for one that starts with "what" or "how"', example: m.question }),
  relevance_to_goals: (m) => ({ advice: `Build your next question from the HCP's own words about ${about(m)}`, example: m.question }),
  sequencing_logic: (m) => ({ advice: 'Bridge from what the HCP just said before you change topic', example: said(m) }),
  follow_up_depth: (m) => ({ advice: "Follow up on the HCP's last answer instead of moving on", example: said(m) }),
  paraphrasing: (m) => ({ advice: 'Play back what you heard before adding anything', example: said(m) }),
  acknowledgment_of_concerns: (m) => ({ advice: 'Acknowledge the concern before you answer it', example: `That makes sense. ${m.question}` }),
  adjustment_to_new_info: (m) => ({ advice: 'Pick up the new detail the HCP just gave you', example: said(m) }),
  outcome_based_language: (m) => ({ advice: `Say what your point means for their patients and ${about(m)}: add "which means…" to one fact.` }),
  link_to_customer_priorities: (m) => ({ advice: `Link your next point to ${about(m)}, in the HCP's words`, example: m.question }),
  no_feature_dumping: (m) => ({ advice: 'Give one fact, then hand the turn back with a question', example: m.question }),
  customer_talk_time: (m) => ({ advice: 'Ask one open question and stop talking', example: m.question }),
  customer_question_quality: () => ({ advice: "Invite the HCP's questions", example: 'What would you want to know before trying this with one patient?' }),
  forward_looking_cues: () => ({ advice: 'Ask what would come next', example: 'What would you need to see to try this with one patient?' }),
  energy_shifts: (m) => ({ advice: `The HCP's energy dropped: shorten your turn and ask about ${about(m)}`, example: m.question }),
  acknowledge_before_response: (m) => ({
    advice: `Acknowledge ${m.objection === undefined ? 'the objection' : `"${m.objection}"`} before you answer, and drop the "but"`,
    example: "That's a fair concern.",
  }),
  explore_underlying_concern: () => ({ advice: 'Explore the objection before answering it', example: "What's behind that concern for you?" }),
  calm_demeanor: () => ({ advice: "Don't argue the point; steady it", example: "Fair question. Let's walk through it together." }),
  purpose_setting: (m) => ({ advice: 'Open with your purpose in one sentence, then ask', example: `I'd like to understand how you handle ${about(m)}. ${m.question}` }),
  topic_management: () => ({ advice: 'Signal each change of topic', example: 'Building on that, …' }),
  time_management: () => ({ advice: 'Respect the time cue: offer the short version and a follow-up', example: "I know you're short on time. Could I come back next week for ten minutes?" }),
  summarizing: (m) => ({ advice: 'Recap before you close', example: `To recap, ${about(m)} matters to you. Shall we plan a next step around that?` }),
  next_step_specificity: () => ({ advice: 'Propose a concrete next step with a day', example: 'Could I come back Thursday with the data you asked for?' }),
  mutual_agreement: () => ({ advice: 'Check the HCP agrees to the next step', example: 'Does Thursday afternoon work for you?' }),
  ownership_clarity: () => ({ advice: 'Say who does what', example: "I'll send the summary Monday; you'll pick two patients to try it with." }),
  approach_shift: (m) => ({ advice: 'When the HCP pushes back, change approach and ask about them', example: m.question }),
  tone_adjustment: () => ({ advice: 'When the HCP shows emotion, name it first', example: 'That sounds frustrating.' }),
  depth_adjustment: () => ({ advice: 'When the HCP is confused, simplify to one plain sentence and one example', example: 'Put simply, …' }),
  pacing_adjustment: () => ({ advice: 'When time is short, shorten your turns and offer the quick version.' }),
};

const FALLBACK: Tip = (m) => ({ advice: `Ask one open question on ${about(m)}`, example: m.question });

export function tipFor(component: string | undefined, m: Material, withExample = true): string {
  const tip = ((component === undefined ? undefined : COMPONENT_TIPS[component]) ?? FALLBACK)(m);
  if (!withExample || tip.example === undefined) return /[.!?]$/.test(tip.advice) ? tip.advice : `${tip.advice}.`;
  return `${tip.advice}: "${tip.example}"`;
}
