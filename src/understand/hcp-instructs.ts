// "Bring the enrollment paperwork next month.", "Drop a card on the counter.": the HCP telling the rep what
// to do is the next step or a send-off, not a need, problem or objection of hers.
import type { Token } from './text.js';
import type { Said } from './said.js';

/** Verbs that instruct whatever follows them. */
const ALWAYS = new Set(
  'bring|send|drop|leave|email|e-mail|ring|fax|brief|book|schedule|copy|cc|swing|pop|forward|mail'.split('|'),
);
const PEOPLE = ['me', 'us', 'her', 'him', 'them', 'my', 'our'];
/**
 * Verbs that instruct only before these words: "Get me the table." (not "Get them to goal."), "Go over it
 * with my MA." (not "Go ahead."), "Come back Thursday." (not "Come January…"), "Put me down for one." (not
 * "Put a copay in front of them and…"), "Tell her I sent you." (not "Tell me what that means…").
 */
const WITH: Readonly<Record<string, readonly string[]>> = {
  get: ['me', 'us'],
  stop: ['by', 'in'],
  go: ['over', 'through'],
  come: ['back', 'by', 'in', 'and', 'with', 'over', 'see'],
  give: ['her', 'him', 'them', 'it', 'my', 'our'],
  put: ['me', 'it', 'us', 'her', 'him', 'that', 'this'],
  tell: ['her', 'him', 'them'],
  show: ['my', 'her', 'him', 'them', 'our'],
  walk: ['my', 'her', 'him', 'them', 'our', 'us'],
  loop: ['in', 'me', 'her', 'him', 'them', 'my', 'our'],
  run: ['it', 'that', 'this'],
  set: ['it', 'that', 'up', 'something'],
  sit: ['down', 'with'],
  talk: ['to', 'with'],
  check: ['with'],
  text: PEOPLE,
  call: PEOPLE,
  train: PEOPLE,
  teach: PEOPLE,
  explain: ['it', 'that', 'this', 'to'],
};
/** Verbs that instruct before a name too ("Call Gina.", "Text Priya."). */
const TO_SOMEONE = new Set(['call', 'text', 'train', 'teach']);
/** Words that may open the sentence before its instruction ("Good. Then bring…", "And send…"). */
const LEADS = new Set(
  'and|so|then|just|also|okay|ok|good|fine|great|sure|yes|yeah|yep|right|well|please|alright|oh'.split('|'),
);
/** A first clause this short may set the time before the instruction ("Next month, bring…", "Tuesday works — call Gina…"). */
const SETTING_WORDS = 3;

/** The verb at token i instructs: always, or before one of its words or a name ("Call Gina…"). */
function instructionAt(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.w;
  if (ALWAYS.has(w)) return true;
  const next = tokens[i + 1];
  if (WITH[w] === undefined || next === undefined) return false;
  return WITH[w].includes(next.w) || (TO_SOMEONE.has(w) && next.cap);
}

/** Whether sentence k tells the rep what to do: an instruction opening it, or opening its second clause after a short first. */
export function instructs(s: Said, k: number): boolean {
  const sent = s.text.sentences[k]!;
  if (sent.q) return false;
  const { tokens } = s.text;
  const opensOn = (i: number): boolean => {
    while (i < sent.t1 && LEADS.has(tokens[i]!.w)) i++;
    return i < sent.t1 && instructionAt(tokens, i);
  };
  if (opensOn(sent.t0)) return true;
  for (let i = sent.t0 + 1; i <= sent.t0 + SETTING_WORDS && i < sent.t1; i++)
    if (tokens[i]!.breakBefore) return opensOn(i);
  return false;
}
