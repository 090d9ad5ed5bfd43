// Sections 5 and 6: what the HCP was still waiting for, and at most three concrete next steps.
import type { MetricResult } from '../types.js';
import type { HcpState } from '../hcp/index.js';
import type { Scenario } from '../scenario/index.js';
import { openObjections, untouchedPriorities } from './material.js';
import { scored, weakestFirst } from './metrics.js';
import { quote } from './transcript.js';
import { phraseIn } from './words.js';

const MAX_NEXT_STEPS = 3;

/** One drill per metric: a single behaviour to repeat in the next session. */
const DRILLS: Record<string, string> = {
  question_quality: 'start your first three questions with "what" or "how", and build each on the HCP\'s last answer.',
  listening_responsiveness: "before each answer, play back the HCP's last point in one sentence.",
  making_it_matter: 'after each fact, add "which means…" for the HCP\'s patients.',
  customer_engagement_signals: 'keep each turn to two sentences and end it with an open question.',
  objection_navigation: 'on each objection: acknowledge it, ask what is behind it, then answer, with no "but".',
  conversation_control_structure: 'state your purpose in your first turn and recap in your last.',
  commitment_gaining: "close with a next step that has a day, an owner and the HCP's yes.",
  adaptability: 'when the HCP signals time, confusion or emotion, change your very next turn to match.',
};
const OPENING_DRILL = 'Opening drill: set an agenda in one sentence, then ask one open question.';

/** `hcpWords`: what the HCP said, so a priority it raised is not listed as one the rep "never reached" (issue 15). */
export function buildWaitingFor(
  scenario: Scenario,
  state: HcpState,
  hcpWords: readonly string[] = [],
): { priorities: string[]; objections: string[] } {
  return {
    priorities: untouchedPriorities(scenario, state).map((p) => {
      const unspoken = p.hidden && !state.revealed.includes(p.id);
      const raised = p.terms.some((t) => phraseIn(t, hcpWords) !== undefined);
      const note =
        unspoken && !raised ? ' (never said aloud)' : raised ? " (the HCP raised it; you didn't follow up)" : '';
      return `${quote(p.text, 200)}${note}`;
    }),
    objections: openObjections(scenario, state).map((o) => quote(o, 200)),
  };
}

export function buildNextSteps(
  metrics: readonly MetricResult[],
  scenario: Scenario,
  seed: number,
  suggestedScenarioId?: string,
): string[] {
  const drills = weakestFirst(scored(metrics))
    .filter((m) => DRILLS[m.id] !== undefined)
    .map((m) => `${quote(m.metric, 60)} drill (${m.score.toFixed(1)}): ${DRILLS[m.id]}`);
  const replay = `Replay the same HCP with the same seed: roleplay practice ${scenario.id} --seed ${seed}`;
  const other =
    suggestedScenarioId === undefined
      ? undefined
      : `Try another scenario: roleplay practice ${quote(suggestedScenarioId, 64)}`;
  const steps = [drills[0] ?? OPENING_DRILL, other ?? drills[1], replay].filter((s): s is string => s !== undefined);
  return steps.slice(0, MAX_NEXT_STEPS);
}
