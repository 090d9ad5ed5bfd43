// The deltas table (docs/hcp.md "Deltas"): what each act does to openness and patience, and why, in words.
import type { Difficulty } from '../scenario/index.js';
import { DIFFICULTY_SCALE } from './state.js';

export type EffectKey =
  | 'open-question'
  | 'closed-question-run'
  | 'paraphrase'
  | 'acknowledged-objection'
  | 'priority-first'
  | 'priority-known'
  | 'priority-unstated'
  | 'priority-again'
  | 'objection-resolved'
  | 'feature-dump'
  | 'premature-commitment'
  | 'ignored-time-cue'
  | 'off-topic'
  | 'rebuttal'
  | 'objection-ignored'
  | 'repeated'
  | 'generic-claim'
  | 'parrot'
  | 'misstated'
  | 'dodged'
  | 'absolute-claim'
  | 'dismissed-safety';

/** One row that applied this turn; `about` names what it was about ("staffing"). */
export interface Effect {
  key: EffectKey;
  about?: string;
}

interface Row {
  openness: number;
  patience: number;
  /** Plain words for feedback; `{about}` names what it was about. */
  reason: string;
  /** The HCP's first-person line for "through the HCP's eyes". */
  voice: string;
}

const row = (openness: number, patience: number, reason: string, voice: string): Row => ({
  openness,
  patience,
  reason,
  voice,
});

const TABLE: Record<EffectKey, Row> = {
  'open-question': row(1, 0, 'asked an open question', 'You asked me an open question and let me talk'),
  'closed-question-run': row(-1, 0, 'a third closed question in a row', 'Yes, no, yes: it felt like a checklist'),
  paraphrase: row(1, 0, 'played back what I said', 'You played back what I had just said'),
  'acknowledged-objection': row(
    1,
    0,
    'acknowledged my concern about {about}',
    'You took my concern about {about} seriously',
  ),
  'priority-first': row(2, 0, 'used my words about {about}', 'You used my words about {about}'),
  'priority-known': row(
    2,
    0,
    'went straight to {about}, which matters to me',
    'You went straight to what matters to me: {about}',
  ),
  'priority-unstated': row(1, 0, 'raised {about} before I did', 'You brought up {about} before I had said it mattered'),
  'priority-again': row(1, 0, 'came back to {about}', 'You kept {about} in front of me'),
  // Time is a hard limit: a good answer earns openness, not minutes.
  'objection-resolved': row(
    1,
    0,
    'answered my concern about {about}',
    'You answered my concern about {about}, so I relaxed',
  ),
  'feature-dump': row(-2, -1, 'listed features without linking them to me', 'A list of features; I tuned out'),
  'premature-commitment': row(
    -2,
    -1,
    'asked for a commitment before I was ready',
    'You asked me to commit before I was ready',
  ),
  'ignored-time-cue': row(
    -2,
    -2,
    'kept talking after I said I was short on time',
    'I told you I was short on time and you kept going',
  ),
  'off-topic': row(-1, -1, 'went off topic', 'That had nothing to do with my patients; I wondered why you were here'),
  rebuttal: row(-1, 0, 'argued instead of acknowledging', 'You argued with me instead of hearing me out'),
  repeated: row(-1, 0, 'said the same thing again', 'You said the same thing again; I had already answered that'),
  'generic-claim': row(
    -1,
    0,
    'made a claim that had nothing to do with my patients',
    'That was a brochure line, not about my patients',
  ),
  parrot: row(-1, 0, 'repeated my words back like a script', 'You read my own words back to me'),
  misstated: row(-1, 0, 'got what I said wrong', 'That is not what I said'),
  dodged: row(-1, 0, "didn't answer my question", 'I asked you something and you went somewhere else'),
  'objection-ignored': row(-1, 0, 'ignored my concern about {about} twice', 'I raised {about} and you talked past it'),
  // Issue #17, skeptical and hostile HCPs only (compliance-cost.ts): spin costs more than a brochure line.
  'absolute-claim': row(
    -2,
    0,
    'made a claim no label supports',
    'Nothing is completely safe or simply the best; you lost me there',
  ),
  'dismissed-safety': row(
    -2,
    0,
    'waved away a safety concern',
    'You brushed off the safety question, which is exactly what I expected',
  ),
};

const say = (text: string, about: string | undefined): string => text.replace('{about}', about ?? 'that');

export interface DeltaResult {
  /** Openness change after difficulty scaling, clamped to ±3. */
  delta: number;
  /** Patience change from costs (the −1 per turn is not included). */
  patience: number;
  reasons: string[];
  voice: string;
}

const MAX_STEP = 3;
/** Trust is earned a little at a time: one turn gains at most this much (losses may be steeper). */
const MAX_GAIN = 2;

/** Gains and losses scale separately by difficulty; a non-zero change never rounds away to 0. */
export function scaleDelta(up: number, down: number, difficulty: Difficulty): number {
  const f = DIFFICULTY_SCALE[difficulty];
  const raw = up * f.up - down * f.down;
  if (raw === 0) return 0;
  const rounded = Math.sign(raw) * Math.max(1, Math.round(Math.abs(raw)));
  return Math.max(-MAX_STEP, Math.min(MAX_GAIN, rounded));
}

export function applyEffects(effects: readonly Effect[], difficulty: Difficulty): DeltaResult {
  let up = 0;
  let down = 0;
  let patience = 0;
  let loudest: { size: number; voice: string } = { size: -1, voice: 'Nothing in that turn changed my mind either way' };
  const reasons: string[] = [];
  for (const e of effects) {
    const r = TABLE[e.key];
    if (r.openness > 0) up += r.openness;
    else down -= r.openness;
    patience += r.patience;
    reasons.push(say(r.reason, e.about));
    if (Math.abs(r.openness) > loudest.size) loudest = { size: Math.abs(r.openness), voice: say(r.voice, e.about) };
  }
  return { delta: scaleDelta(up, down, difficulty), patience, reasons, voice: loudest.voice };
}
