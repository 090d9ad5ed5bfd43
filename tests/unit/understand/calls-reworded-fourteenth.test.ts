// The labeled calls said a fourteenth way (see calls-reworded.test.ts). Rows marked "misread" failed before.
import { itRows, type ActRow as Row } from '../../support/act-rows.js';

/** After a time signal, a turn that is only the step and the ask to agree to it wraps up, however long. */
const LONG_WRAP_UP: Row[] = [
  {
    lines: [
      "C: The subgroup is closer to the patients I'd consider. Fine. I have a next patient waiting.",
      "R: Then tonight I'll send the subgroup results for TNF failures and the safety data, split out by smoking status, age and CV risk, to your email at the office, and nothing else unless you request it. Is that okay with you?",
    ],
    has: 'time_adapt',
  }, // misread
  {
    lines: [
      'C: Fine. I have a next patient waiting.',
      "R: Then tonight I'll send the subgroup results to your office email. Artilib also gives fast relief, once-daily dosing, no injections, an oral tablet, strong remission rates and a clean safety profile across every age group we studied. Is that okay with you?",
    ],
    not: 'time_adapt',
  },
];

itRows({
  'long wrap-up': LONG_WRAP_UP,
});
