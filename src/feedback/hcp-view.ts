// Section 2, "Through the HCP's eyes": openness per rep turn, with the pivotal rise and drop marked.
import type { HcpState, HistoryEntry } from '../hcp/index.js';
import type { HcpView, HcpViewTurn } from './types.js';
import { quote, type RepTurns } from './transcript.js';

const clamp = (n: number) => Math.min(10, Math.max(0, n));

/** Openness before the first rep turn: undo the first delta (clamped, as the engine clamps to 0–10). */
export function startingOpenness(state: HcpState): number {
  const first = state.history[0];
  return first === undefined ? state.openness : clamp(first.openness - first.delta);
}

/** Openness just before this entry's turn: the previous entry's, so clamping at 0 or 10 never shows a wrong start. */
export function opennessBefore(state: HcpState, h: HistoryEntry): number {
  const i = state.history.indexOf(h);
  return i > 0 ? state.history[i - 1]!.openness : startingOpenness(state);
}

export function buildHcpView(state: HcpState, reps: RepTurns): HcpView {
  const history = state.history;
  const rise = extreme(
    history,
    (h) => h.delta > 0,
    (a, b) => b.delta - a.delta,
  );
  const drop = extreme(
    history,
    (h) => h.delta < 0,
    (a, b) => a.delta - b.delta,
  );
  const turns = history.map((h): HcpViewTurn => {
    const t: HcpViewTurn = {
      repTurn: h.repTurn,
      quote: quote(reps.text(h.repTurn)),
      acts: [...h.acts],
      delta: h.delta,
      openness: h.openness,
      voice: quote(h.voice || h.reasons[0] || '', 160),
    };
    if (h === rise) t.marker = 'biggest-rise';
    if (h === drop) t.marker = 'biggest-drop';
    return t;
  });
  return { sparkline: [startingOpenness(state), ...history.map((h) => h.openness)], turns };
}

/** The first entry that is most extreme by `order` among those that pass `keep`. */
function extreme(
  history: readonly HistoryEntry[],
  keep: (h: HistoryEntry) => boolean,
  order: (a: HistoryEntry, b: HistoryEntry) => number,
) {
  return history.filter(keep).sort((a, b) => order(a, b) || a.repTurn - b.repTurn)[0];
}
