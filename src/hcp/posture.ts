// The HCP's body language as state (issue 14): where it is (seated, standing, leaving) and where its
// attention is (engaged, distracted). A cue is shown only if it follows from the posture before it, so
// "*picks up her car keys*" is never followed by "*pulls a chair over and sits down*".
import type { CueTrigger } from '../scenario/index.js';

export type Stance = 'seated' | 'standing' | 'leaving';
export type Attention = 'engaged' | 'distracted';

/** Unset until a cue shows it: an opening scene may have the HCP in a doorway, a corridor or a chair. */
export interface Posture {
  stance?: Stance;
  attention?: Attention;
}

export interface CueReading {
  stance?: Stance;
  attention?: Attention;
  /** "*sits back down*", "*puts the keys back down*": says it is going back, which explains itself. */
  returns: boolean;
  /** "*stares without answering*": only beside a reply that says next to nothing. */
  silent: boolean;
}

const LEAVING =
  /\b(?:car keys|keys|heads? (?:for|to|toward|out)|grabs? (?:her|his|the) (?:bag|coat|stethoscope)|puts on (?:her|his) (?:coat|white coat|fleece)|pulls on (?:her|his)|opens the door|holds the door|steps into the (?:elevator|exam room)|walks (?:away|off|out|toward)|walks you|pushes (?:his|her) chair in|zips up|starts shutting down|swipes (?:his|her) badge)\b/iu;
const STANDING = /\b(?:stands?|standing|gets up|on (?:his|her) feet)\b/iu;
const SEATED =
  /\b(?:sits?|sitting|takes a seat|(?:pulls|pulls out|pulls over) a chair|in the chair|rolls (?:his|her) chair|turns (?:his|her) chair)\b/iu;
const RETURNING = /\b(?:back down|again|puts (?:the|her|his) (?:keys|bag|coat) (?:back|down))\b/iu;
const SILENT = /\bwithout (?:answering|speaking|a word|replying)\b|\bsays nothing\b|\bdoes(?:n't| not) answer\b/iu;
/** Read first: "*nods without looking up*" is half a nod and all distraction. */
const HALF_LISTENING =
  /\bwithout looking up\b|\bwhile (?:you talk|still typing|still)\b|\bmid-sentence\b|\bbefore you finish\b/iu;
const ENGAGED =
  /\b(?:leans? (?:in|forward|closer)|turns to face|faces you|face you|(?:sets|puts) (?:the|her|his) \w+ down|makes a note|writes|takes notes|nods|smiles|looks up|closer|hands you|toward you|unfolds|circles|underlines|stops (?:typing|walking|signing))\b/iu;
const DISTRACTED =
  /\b(?:glances?|checks?|looks (?:at|past|toward|down|away|out)|phone|pager|screen|monitor|typing|types|stops taking notes|reads|scrolls|turns back to|answers the phone|drums|taps)\b/iu;

export function readCue(cue: string): CueReading {
  const stance = LEAVING.test(cue)
    ? 'leaving'
    : SEATED.test(cue)
      ? 'seated'
      : STANDING.test(cue)
        ? 'standing'
        : undefined;
  const attention = HALF_LISTENING.test(cue)
    ? 'distracted'
    : ENGAGED.test(cue)
      ? 'engaged'
      : DISTRACTED.test(cue)
        ? 'distracted'
        : undefined;
  return {
    ...(stance ? { stance } : {}),
    ...(attention ? { attention } : {}),
    returns: RETURNING.test(cue),
    silent: SILENT.test(cue),
  };
}

/** Triggers that turn the HCP toward the rep; the others (cooling, time, objection, leaving) turn it away. */
const TOWARD: ReadonlySet<CueTrigger> = new Set(['warming', 'resolved']);

/**
 * Whether `cue`, shown for `trigger` beside a reply of `replyWords` words, follows from posture `p`:
 * no sitting down after standing up or making to leave unless the cue says it goes back, attention
 * that moves the way the trigger does, and no silent stare beside a reply that says something.
 */
export function cueFits(cue: string, p: Posture, trigger: CueTrigger, replyWords: number): boolean {
  const r = readCue(cue);
  if (r.silent && replyWords > SILENT_REPLY_WORDS) return false;
  if (r.stance === 'seated' && (p.stance === 'standing' || p.stance === 'leaving') && !r.returns) return false;
  if (r.attention === 'engaged' && !TOWARD.has(trigger)) return false;
  return !(r.attention === 'distracted' && TOWARD.has(trigger));
}

/** A stare "without answering" fits a reply of this many words or fewer ("...", "Fine."). */
const SILENT_REPLY_WORDS = 2;

/** The posture once `cue` has shown. */
export function afterCue(p: Posture, cue: string): Posture {
  const r = readCue(cue);
  return { ...p, ...(r.stance ? { stance: r.stance } : {}), ...(r.attention ? { attention: r.attention } : {}) };
}
