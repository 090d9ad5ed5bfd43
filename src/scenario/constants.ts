// Enumerations of the scenario format, kept free of zod so cheap commands need not load it.
export const MOODS = ['hostile', 'skeptical', 'rushed', 'neutral', 'curious', 'open'] as const;
export const STAGES = [
  'initial-access',
  'discovery',
  'presentation',
  'objection-handling',
  'access',
  'closing',
] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const OBJECTION_KINDS = ['status-quo', 'cost', 'access', 'time', 'evidence', 'safety'] as const;
export const CUE_TRIGGERS = ['warming', 'cooling', 'time', 'objection', 'resolved', 'leaving'] as const;

export type Mood = (typeof MOODS)[number];
export type Stage = (typeof STAGES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type CueTrigger = (typeof CUE_TRIGGERS)[number];
