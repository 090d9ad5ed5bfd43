// Public API of the end-feedback layer.
export { buildFeedback } from './build.js';
export { hintFor } from './hint.js';
export { endedJson, feedbackOf, hintOf } from './session-report.js';
export type {
  Feedback,
  FeedbackInput,
  HintInput,
  Outcome,
  HcpView,
  HcpViewTurn,
  Strength,
  Improvement,
} from './types.js';
export { adviceFor } from './coach.js';
