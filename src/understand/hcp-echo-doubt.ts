// "Less bleeding. Sure.": the HCP says the rep's claim back in a few words and shrugs at it. The echo
// and the bare "Sure." doubt the claim; they agree to nothing.
import type { HcpTurn } from './found.js';
import { namesIn } from './rep-links.js';
import { sentenceContent, spanEvidence } from './said.js';
import type { ActEvidence } from './types.js';

/** The rep's last turn made a claim about the product. */
const CLAIMS = ['priority_link', 'generic_benefit', 'feature_dump'] as const;
const SHRUGS = new Set(['sure', 'right', 'uh-huh']);
/** Words an echo may have: "Less bleeding.", "Ninety percent.", "Faster onset." */
const ECHO_WORDS = 4;

export function echoDoubt(h: HcpTurn): ActEvidence | undefined {
  const { s, prev } = h;
  const [echo, shrug] = s.text.sentences;
  if (prev === undefined || echo === undefined || shrug === undefined || echo.q) return undefined;
  if (echo.t1 - echo.t0 > ECHO_WORDS || shrug.t1 - shrug.t0 !== 1) return undefined;
  // "Seventy-eight percent acceptable. Okay." only flattens, as the labeled calls read it.
  if (!SHRUGS.has(s.text.tokens[shrug.t0]!.w)) return undefined;
  // "Okay. Sure." echoes nothing: the echo names the rep's point in a word of the rep's.
  const words = sentenceContent(s, 0);
  if (words.size === 0) return undefined;
  if (![...words].some((w) => prev.content.has(w))) return undefined;
  // A product or trial named ("Zelqoran", "QUIET-AF") puts a claim on the table as much as a claim act.
  if (!namesIn(h.conv, prev, 0, prev.text.tokens.length) && !CLAIMS.some((a) => h.conv.has(prev.i, a)))
    return undefined;
  return spanEvidence(s, echo.t0, shrug.t1, "says the rep's claim back and shrugs at it");
}
