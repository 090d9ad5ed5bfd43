// The compliance flags a trainer looks at: the kinds the scorer's compliance rules raise (issue 17),
// counted once per kind per session.
import type { ComplianceKind } from '../types.js';
import type { PracticeRecord } from './types.js';

export const FLAGS: Record<ComplianceKind, string> = {
  misquoted_data: 'a number that does not match the data',
  absolute_claim: 'an absolute or unsupported claim',
  off_label: 'promoted outside the approved use',
  minimizing_safety: 'minimized a safety concern',
  missing_fair_balance: 'claims without the required safety information',
  disparaging_competitor: 'disparaged a competitor without data',
  adverse_event_not_routed: 'an adverse event not routed for reporting',
};

export type FlagId = ComplianceKind;

const isFlag = (k: string): k is FlagId => Object.hasOwn(FLAGS, k);

export function flagsOf(r: Pick<PracticeRecord, 'compliance'>): FlagId[] {
  return [...new Set(r.compliance.filter(isFlag))];
}
