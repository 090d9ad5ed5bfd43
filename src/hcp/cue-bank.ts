// Built-in non-verbal cues by trigger, used after a scenario's own: observable behaviour only, warm ones too
// (the seed's ten cues were all negative; the peer bans labels like "skeptical").
import type { CueTrigger } from '../scenario/index.js';

export const BUILT_IN_CUES: Record<CueTrigger, readonly string[]> = {
  warming: [
    '*sets the pen down and leans in*',
    '*nods slowly*',
    '*turns to face you fully*',
    '*makes a note on the pad*',
    '*pulls a chair a little closer*',
    '*smiles for the first time*',
  ],
  cooling: [
    '*glances at the computer screen*',
    '*crosses arms*',
    '*looks past you toward the hallway*',
    '*stops taking notes*',
    '*answers without looking up*',
  ],
  time: [
    '*checks the clock on the wall*',
    '*glances at a watch*',
    '*gathers the papers on the desk*',
    '*looks toward the door*',
  ],
  objection: [
    '*raises an eyebrow*',
    '*leans back and folds arms*',
    '*tilts head and waits*',
    '*taps the desk with a pen*',
  ],
  resolved: ['*nods and unfolds arms*', '*writes something down*', '*sits back, shoulders loosening*'],
  leaving: ['*stands up*', '*picks up the bag and heads for the door*', '*opens the door and holds it*'],
};
