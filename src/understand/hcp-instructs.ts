// "Bring the enrollment paperwork next month.", "Drop a card on the counter.": the HCP telling the rep what
// to do is the next step or a send-off, not a need, problem or situation of hers.
import type { Said } from './said.js';

/** Verbs that open an instruction to the rep. */
const INSTRUCTIONS = new Set(
  'bring|send|drop|leave|call|email|e-mail|ring|text|fax|put|loop|walk|show|come|train|teach|explain|go|sit|brief|tell|give|book|set|schedule|talk|check|copy|cc|grab|swing|run|pop|forward|mail|write'.split(
    '|',
  ),
);
/** Verbs that instruct only with these after them: "Get me the table." (not "Get them to goal."), "Stop by Friday." (not "Stop them ending up in hospital."). */
const INSTRUCTS_WITH: Readonly<Record<string, ReadonlySet<string>>> = {
  get: new Set(['me', 'us']),
  stop: new Set(['by', 'in']),
};
/** Words that may open the sentence before its instruction ("Good. Then bring…", "And send…"). */
const LEADS = new Set(
  'and|so|then|just|also|okay|ok|good|fine|great|sure|yes|yeah|yep|right|well|please|alright|oh'.split('|'),
);
/** A first clause this short may set the time before the instruction ("Next month, bring…", "Tuesday works — call Gina…"). */
const SETTING_WORDS = 3;

/** Whether sentence k tells the rep what to do: an instruction verb opening it, or opening its second clause after a short first. */
export function instructs(s: Said, k: number): boolean {
  const sent = s.text.sentences[k]!;
  if (sent.q) return false;
  const { tokens } = s.text;
  const opensOn = (i: number): boolean => {
    while (i < sent.t1 && LEADS.has(tokens[i]!.w)) i++;
    if (i >= sent.t1) return false;
    const w = tokens[i]!.w;
    return INSTRUCTIONS.has(w) || INSTRUCTS_WITH[w]?.has(tokens[i + 1]?.w ?? '') === true;
  };
  if (opensOn(sent.t0)) return true;
  for (let i = sent.t0 + 1; i <= sent.t0 + SETTING_WORDS && i < sent.t1; i++)
    if (tokens[i]!.breakBefore) return opensOn(i);
  return false;
}
