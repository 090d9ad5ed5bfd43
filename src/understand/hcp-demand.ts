// A yes hung on a demand: "Get it on the hospital formulary and I'll use it.", "Show me it doesn't bump
// the creatinine and we'll talk." The imperative names what the rep must do first; the yes waits on it.
import { hasIn, hitsIn, type Said } from './said.js';

/** The sentence that opens on a demand and closes on a yes, if any. */
export function demandThenYes(s: Said): number | undefined {
  for (let k = 0; k < s.text.sentences.length; k++) {
    const { t0, q } = s.text.sentences[k]!;
    if (q || !hitsIn(s, 'hcp.demand', k).some((x) => x.t0 === t0)) continue;
    // "Send me the data and I'll think about it." puts the rep off however it opens.
    if (hasIn(s, 'hcp.thenYes', k) && !hasIn(s, 'hcp.brushOff', k)) return k;
  }
  return undefined;
}
