// The coaching line a session gets for a metric: the rubric tip for its weakest component, the same
// advice the end-of-session feedback gives (without the scenario-specific example line).
// tips.ts directly, not feedback/index: the report must not load the scorer to print advice.
import { tipFor } from '../feedback/tips.js';
import { METRIC_BY_ID } from './metric-names.js';

/** Tips are filled with scenario material; across sessions the report speaks of it in general. */
const GENERAL = { reflection: '', question: 'What matters most to you here?' };

/**
 * History lines and batch runs keep metric scores only: their line is the tip for the metric's
 * first component, the one the rubric lists as the metric's core.
 */
export function coachingLine(metricId: string, weakComponent?: string): string {
  const component = weakComponent ?? METRIC_BY_ID.get(metricId)?.core;
  const key = `${metricId}\u0000${component}`;
  let line = LINES.get(key);
  if (line === undefined) LINES.set(key, (line = tipFor(component, GENERAL, false)));
  return line;
}

/** One line per metric and component, asked for once per session: built once. */
const LINES = new Map<string, string>();
