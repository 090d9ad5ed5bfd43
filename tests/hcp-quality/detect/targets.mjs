// The outcome targets per scenario and seed, and time-outs later than the time budget.

export const STRONG_MIN_OPENNESS = 7;
export const WEAK_MAX_OPENNESS = 3;

/** Strong ends at 7+ with an agreed commitment, weak at 3 or less, mixed strictly between the two. */
export function meetsOutcomeTargets({ strong, weak, mixed }) {
  const strongOk = strong !== undefined && strong.openness >= STRONG_MIN_OPENNESS && strong.commitment === 'agreed';
  const weakOk = weak !== undefined && weak.openness <= WEAK_MAX_OPENNESS;
  const mixedOk = mixed !== undefined && mixed.openness > WEAK_MAX_OPENNESS && mixed.openness < STRONG_MIN_OPENNESS;
  return { strong: strongOk, weak: weakOk, mixed: mixedOk, all: strongOk && weakOk && mixedOk };
}

/**
 * The HCP answered more rep turns than its time budget: it should have ended on the budget's last
 * turn. Returns how many turns too late, or 0.
 */
export function turnsPastBudget(repTurns, timeBudget) {
  return Math.max(0, repTurns - timeBudget);
}
