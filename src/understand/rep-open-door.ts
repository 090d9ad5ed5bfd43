// "If there's anything you need, just let me know": the rep leaves the next step to the HCP, for whatever
// she may need. ACTS.md counts it a vague next step; a trigger she is to watch for ("If it's more than two
// minutes, let me know and I'll take it up") is a task, not an open door.
import type { PhraseHit } from './phrases.js';
import { hitsIn, type Said } from './said.js';

/** The "let me know" of an open door in sentence k, if it is one. */
export function openDoor(s: Said, k: number): PhraseHit | undefined {
  if (hitsIn(s, 'rep.openDoor', k).length === 0) return undefined;
  return hitsIn(s, 'rep.getInTouch', k)[0];
}
