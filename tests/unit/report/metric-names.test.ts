// The report keeps its own copy of the metric names (so it loads without the scorer): it must not drift.
import { expect, it } from 'vitest';
import { METRICS } from '../../../src/report/index.js';
import { COMPONENTS, DEFAULT_RUBRIC, METRIC_IDS } from '../../../src/scoring/index.js';

it("names the rubric's metrics, in its order, with each metric's first component", () => {
  expect(METRICS).toEqual(
    METRIC_IDS.map((id) => ({ id, name: DEFAULT_RUBRIC.metrics[id].name, core: COMPONENTS[id][0] })),
  );
});
