// A yes around a condition: "If the prior auth goes through, sure.", "It would, if we can use our own
// numbers.", "Maybe, if…" — what makes a condition in an HCP's sentence a conditional yes (hcp-response.ts).
import { hitsIn, type Said } from './said.js';

export const HEDGES = new Set(['maybe', 'perhaps', 'probably', 'possibly']);

const PRONOUNS = new Set(['it', 'that', 'they']);
const MODALS = new Set(['would', 'could', 'might', 'may', 'will', 'does', 'can']);

/** "If the prior auth goes through, sure.", "Maybe, if…", "Only if…": a yes (or its hedge) around the condition. */
export function endsAgreeing(s: Said, k: number): boolean {
  const { t0, t1 } = s.text.sentences[k]!;
  const first = s.text.tokens[t0]!.w;
  if ((first === 'maybe' || first === 'perhaps' || first === 'only') && s.text.tokens[t0 + 1]?.w === 'if') return true;
  // "It would, if we can use our own numbers.": a bare modal yes to "Would a model help?", then the condition.
  if (PRONOUNS.has(first) && MODALS.has(s.text.tokens[t0 + 1]?.w ?? '') && s.text.tokens[t0 + 2]?.breakBefore === true)
    return true;
  // "As long as it doesn't need a PA, I'm in.": joining in closes the condition.
  if (hitsIn(s, 'hcp.joinsIn', k).some((h) => h.t1 === t1)) return true;
  // "If the PA is handled, maybe.": a hedged yes closing the condition.
  if (t1 - t0 > 2 && HEDGES.has(s.text.tokens[t1 - 1]!.w)) return true;
  // "If my partners sign off, sure, put me down for one.": the yes opens the clause after the condition.
  return hitsIn(s, 'hcp.agreeStart', k).some((h) => h.t0 > t0 && (h.t1 === t1 || s.text.tokens[h.t0]!.breakBefore));
}

/** Words before "until" that make it her time ("We have until my next patient…"), not a condition. */
const HAVE = new Set(['have', 'got', 'me', 'us']);

/** A condition in sentence k: "until a script's in my hand" is one; "we have until my next patient" is her clock. */
export const conditionIn = (s: Said, k: number): boolean =>
  hitsIn(s, 'hcp.condition', k).some((h) => h.phrase !== 'until' || !HAVE.has(s.text.tokens[h.t0 - 1]?.w ?? ''));

/** "I'm not stocking a thing until a script shows up": a no that lasts until something happens sets a condition. */
const UNTIL = new Set(['until', 'till', "'til", 'unless']);
export function untilThen(s: Said, from: number): boolean {
  const end = s.text.sentences[s.text.tokens[from - 1]!.sent]!.t1;
  for (let i = from; i < end; i++) if (UNTIL.has(s.text.tokens[i]!.w)) return true;
  return false;
}
