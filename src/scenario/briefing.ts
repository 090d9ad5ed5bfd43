// What a rep may see before a session: the public part of a scenario (no hidden priorities or objections).
import type { Scenario } from './schema.js';

export interface ScenarioSummary {
  id: string;
  title: string;
  therapeuticArea: string;
  stage: Scenario['stage'];
  difficulty: Scenario['difficulty'];
}

export interface Briefing extends ScenarioSummary {
  summary: string;
  specialty: string;
  product: Scenario['product'];
  openingScene: string;
  objectives: string[];
  keyMessages: string[];
  hcp: {
    name: string;
    role: string;
    personality: string;
    startingMood: Scenario['hcp']['startingMood'];
    timeBudget: number;
  };
}

export const toSummary = (s: Scenario): ScenarioSummary => ({
  id: s.id,
  title: s.title,
  therapeuticArea: s.therapeuticArea,
  stage: s.stage,
  difficulty: s.difficulty,
});

export const toBriefing = (s: Scenario): Briefing => ({
  ...toSummary(s),
  summary: s.summary,
  specialty: s.specialty,
  product: s.product,
  openingScene: s.openingScene,
  objectives: s.objectives,
  keyMessages: s.keyMessages,
  hcp: {
    name: s.hcp.name,
    role: s.hcp.role,
    personality: s.hcp.personality,
    startingMood: s.hcp.startingMood,
    timeBudget: s.hcp.timeBudget,
  },
});
