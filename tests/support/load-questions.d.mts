// Types for load-questions.mjs (a plain module so the benches can use it too).
export const LOAD_BASE: string;
export const LOAD_TIME_BUDGET: number;
export const QUESTIONS: readonly string[];
export function say(s: number, t: number): string;
export function asLoadScenario<T extends { hcp: object }>(base: T, id: string): T;
