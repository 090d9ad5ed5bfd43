// "I really must go", "We've honestly got to run", "I'd better head off": she has to leave, however many
// adverbs sit between who, must and go. The lists say which words are which (hcp.mustLeave, hcp.leaveVerb).
import type { PhraseHit } from './phrases.js';
import { hcpHits, type Said } from './said.js';

/** Who leaves: she, or her team ("we"). */
const SUBJECTS = new Set(['i', "i've", "i'd", 'we', "we've", "we'd"]);
/** Words after the verb that keep it about leaving: "go now", "head off", "run, sorry". */
const PARTICLES = new Set(['now', 'soon', 'off', 'out', 'back', 'along', 'shortly', 'in', 'too', 'then', 'anyway']);
/** At most this many words (adverbs: "really", "honestly", "do") between subject, must and the verb. */
const GAP = 2;

/** The first "I must go" of the turn: not asked, not denied, its verb ending the clause or followed by a particle. */
export function mustLeave(s: Said): PhraseHit | undefined {
  const { tokens, sentences } = s.text;
  for (const must of hcpHits(s, 'mustLeave')) {
    const sent = sentences[tokens[must.t0]!.sent]!;
    if (sent.q) continue;
    const who = subjectBefore(s, must.t0, sent.t0);
    const go = hcpHits(s, 'leaveVerb').find((v) => v.t0 >= must.t1 && v.t0 <= must.t1 + GAP);
    if (who < 0 || go === undefined || !plainBetween(s, who, go.t0) || go.t0 >= sent.t1) continue;
    const next = tokens[go.t1];
    if (go.t1 < sent.t1 && !next!.breakBefore && !PARTICLES.has(next!.w)) continue;
    return {
      list: 'hcp.mustLeave',
      phrase: s.text.raw.slice(tokens[who]!.start, tokens[go.t1 - 1]!.end).toLowerCase(),
      t0: who,
      t1: go.t1,
    };
  }
  return undefined;
}

/** The subject a few words before `at` in its sentence, or -1. */
function subjectBefore(s: Said, at: number, start: number): number {
  for (let i = at - 1; i >= Math.max(start, at - 1 - GAP); i--) if (SUBJECTS.has(s.text.tokens[i]!.w)) return i;
  return -1;
}

/** No clause break or denial between the subject and the verb: "I don't have to go" stays. */
function plainBetween(s: Said, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = s.text.tokens[i]!;
    if (t.breakBefore || t.info.neg) return false;
  }
  return true;
}
