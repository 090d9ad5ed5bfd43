// Helpers for scoring tests: score a conversation with the built-in rubric and pick a result.
import { DEFAULT_RUBRIC, scoreConversation } from '../../../src/scoring/index.js';
import type { ComponentResult, MetricResult, Turn } from '../../../src/types.js';

export function metricOf(turns: readonly Turn[], id: string): MetricResult {
  const m = scoreConversation(turns, DEFAULT_RUBRIC).find((r) => r.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
}

export function componentOf(turns: readonly Turn[], metricId: string, name: string): ComponentResult {
  const c = metricOf(turns, metricId).components.find((x) => x.name === name);
  if (!c) throw new Error(`no component ${metricId}.${name}`);
  return c;
}

/** `n` copies of a pair of turns, for ratios: `repeat(3, 'C: ...', 'R: ...')`. */
export function repeat<T>(n: number, ...items: T[]): T[] {
  return Array.from({ length: n }, () => items).flat();
}
