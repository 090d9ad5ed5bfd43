// "Look, I don't do recurrent. They go to their PCP.": the HCP says the patients the rep just named are
// not hers. She sees no need for it; that is contentment with what she does, however it is worded.
import type { HcpTurn } from './found.js';
import { sentenceEvidence } from './said.js';

const SUBJECTS = new Set(['i', 'we']);
const NOT = new Set(["don't", 'never', 'rarely']);
const SEE = new Set(['do', 'see', 'treat', 'manage', 'handle']);

export function readNotMine(h: HcpTurn): void {
  const { s, prev } = h;
  if (prev === undefined || h.found.has('objection_status_quo')) return;
  const t = s.text.tokens;
  for (let k = 0; k < s.text.sentences.length; k++) {
    const sent = s.text.sentences[k]!;
    let i = sent.t0;
    while (i < sent.t1 && !SUBJECTS.has(t[i]!.w) && i - sent.t0 < 2) i++;
    if (sent.q || !SUBJECTS.has(t[i]?.w ?? '') || !NOT.has(t[i + 1]?.w ?? '') || !SEE.has(t[i + 2]?.w ?? '')) continue;
    // What she does not see must be what the rep just spoke of ("your recurrent patients").
    const named = t.slice(i + 3, sent.t1).some((x) => x.s !== '' && prev.text.stems.has(x.s));
    if (named) {
      h.found.add('objection_status_quo', sentenceEvidence(s, k, 'the patients the rep named are not hers'));
      return;
    }
  }
}
