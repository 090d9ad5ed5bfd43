// adaptability (n/a without customer cues): what the rep's next turn actually does after a cue
// (SCORING.md defect 4: the reference only ever gave 3 or 4; here each component spans 1-5).
import type { ComponentResult, MetricResult } from '../types.js';
import type { Conversation } from './analyze.js';
import type { TurnInfo } from './analyze-turn.js';
import { metric, ratioComponent } from './component.js';
import type { Observation } from './component.js';
import { anyHit, firstHit, genuineAck, hasHit, isShorter, partition, replyTo } from './observe.js';

interface Adaptation {
  name: 'approach_shift' | 'tone_adjustment' | 'depth_adjustment' | 'pacing_adjustment';
  cue: 'disinterestCue' | 'emotionCue' | 'confusionCue' | 'timeCue';
  cueLabel: string;
  did: string;
  /** What in the reply shows the rep adapted, or undefined. */
  judge: (conv: Conversation, reply: TurnInfo) => Observation | 'yes' | undefined;
}

const ADAPTATIONS: readonly Adaptation[] = [
  {
    name: 'approach_shift', cue: 'disinterestCue', cueLabel: 'disinterest cues', did: 'changed approach or asked about the customer',
    judge: (conv, r) => {
      const hit = firstHit(r, conv.c.list.approachShift);
      if (hit) return { turn: r.index, phrase: hit.phrase };
      const aboutThem = r.isOpenQuestion && r.addressesYou;
      return aboutThem ? 'yes' : undefined;
    },
  },
  {
    name: 'tone_adjustment', cue: 'emotionCue', cueLabel: 'emotion cues', did: 'acknowledged the emotion',
    judge: (conv, r) => {
      const ack = genuineAck(conv, r, conv.c.list.emotionAcknowledgment) ?? genuineAck(conv, r);
      return ack ? { turn: r.index, phrase: ack.phrase } : undefined;
    },
  },
  {
    name: 'depth_adjustment', cue: 'confusionCue', cueLabel: 'confusion cues', did: 'clarified, simplified or checked what was unclear',
    judge: (conv, r) => {
      const hit = firstHit(r, conv.c.list.clarify) ?? (r.isQuestion ? firstHit(r, conv.c.list.followUp) : undefined);
      if (hit) return { turn: r.index, phrase: hit.phrase };
      return isShorter(conv, r) ? 'yes' : undefined;
    },
  },
  {
    name: 'pacing_adjustment', cue: 'timeCue', cueLabel: 'time-pressure cues', did: 'moved to a next step, or got shorter without new probing',
    judge: (conv, r) => {
      const { list } = conv.c;
      const hit = anyHit(r, [list.concreteNextStep, list.vagueNextStep, list.summary, list.commitmentRequest]);
      if (hit) return { turn: r.index, phrase: hit.phrase };
      // Short but still probing ("Sure. Do you prescribe it?") ignores that the customer must go.
      return isShorter(conv, r) && !r.asksDiscovery ? 'yes' : undefined;
    },
  },
];

function adaptation(conv: Conversation, a: Adaptation, weight: number): ComponentResult {
  const cue = conv.c.list[a.cue];
  // Only cues the rep answered are judged.
  const judged = partition(conv.customerTurns, (t) => {
    const reply = hasHit(t, cue) ? replyTo(conv, t.index) : undefined;
    if (reply === undefined) return null;
    const verdict = a.judge(conv, reply);
    return verdict === 'yes' ? { turn: reply.index } : verdict;
  });
  return ratioComponent(conv, {
    name: a.name, weight, ...judged, ladder: conv.c.rubric.thresholds.adaptation,
    what: `${a.cueLabel} were followed by a rep turn that ${a.did}`,
    none: `the customer gave no ${a.cueLabel.replace(/s$/, '')}`, missLabel: 'no change after',
  });
}

export function scoreAdaptability(conv: Conversation): MetricResult {
  const weights = conv.c.rubric.metrics.adaptability.weights;
  return metric(conv.c.rubric, 'adaptability', ADAPTATIONS.map((a) => adaptation(conv, a, weights[a.name])));
}
