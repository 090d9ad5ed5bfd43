// The coaching line a session gets for a metric: the advice for its weakest component, the same
// advice the end-of-session feedback gives (without the line written for one moment of one scenario).
// coach.ts directly, not feedback/index: the report must not load the scorer to print advice.
import { adviceFor } from '../feedback/index.js';
import { METRIC_BY_ID } from './metric-names.js';

/**
 * History lines and batch runs keep metric scores only: their line is the tip for the metric's
 * first component, the one the rubric lists as the metric's core.
 */
export function coachingLine(metricId: string, weakComponent?: string): string {
  const component = weakComponent ?? METRIC_BY_ID.get(metricId)?.core;
  const key = `${metricId}\u0000${component}`;
  let line = LINES.get(key);
  if (line === undefined) LINES.set(key, (line = adviceFor(component)));
  return line;
}

/** One line per metric and component, asked for once per session: built once. */
const LINES = new Map<string, string>();
