// The coaching line a session gets for a metric: the rubric tip for its weakest component, the same
// advice the end-of-session feedback gives (without the scenario-specific example line).
import { tipFor } from '../feedback/index.js';
import { COMPONENTS, type MetricId } from '../scoring/index.js';

/** Tips are filled with scenario material; across sessions the report speaks of it in general. */
const GENERAL = { reflection: '', question: 'What matters most to you here?' };

/**
 * History lines and batch runs keep metric scores only: their line is the tip for the metric's
 * first component, the one the rubric lists as the metric's core.
 */
export function coachingLine(metricId: string, weakComponent?: string): string {
  const component = weakComponent ?? (COMPONENTS as Record<string, readonly string[]>)[metricId as MetricId]?.[0];
  return tipFor(component, GENERAL, false);
}
