// The end of a session as a person reads it: scorecard table plus feedback.
import { feedbackOf } from '../feedback/index.js';
import { renderEndReport } from '../render/index.js';
import type { Session } from '../session/index.js';
import type { ColorLevel } from '../io.js';

export function renderEnded(session: Session, o: { color: ColorLevel; details?: boolean; width?: number }): string {
  return renderEndReport(session.scorecard!, feedbackOf(session), {
    color: o.color,
    details: o.details,
    ...(o.width === undefined ? {} : { width: o.width }),
  });
}
