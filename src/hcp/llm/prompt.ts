// The persona prompt: who the HCP is, how they feel right now (state after the scripted step), the
// move to voice, and the whole conversation so far. The model writes words only; the scripted
// step has already decided state, objections, cues and endings (docs/hcp.md).
import type { Line, Scenario } from '../../scenario/index.js';
import type { EndReason, HcpMove, HcpState } from '../types.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface PromptInput {
  scenario: Scenario;
  /** The HCP state after this turn's scripted step. */
  state: HcpState;
  move: HcpMove;
  ended?: EndReason;
  /** Everything said so far, opening line first, ending with the rep's new turn. */
  transcript: readonly { speaker: 'rep' | 'customer'; text: string }[];
}

const MOVES: Record<HcpMove['kind'], string> = {
  open: 'greet the representative',
  answer: "answer the representative's question",
  raise: 'raise your objection',
  react: 'react to what the representative just said',
  probe: 'ask the representative a question',
  agree: 'agree to the next step',
  end: 'end the conversation',
};

const LENGTH: Record<HcpState['mood'], string> = {
  closed: 'one short, cool sentence',
  guarded: 'one or two guarded sentences',
  neutral: 'two or three sentences',
  open: 'two or three warm sentences',
  pressed: 'one short sentence: you are out of time',
};

const ENDINGS: Record<EndReason, string> = {
  'time-out': 'you have run out of time and must leave now',
  'walk-out': 'you have had enough and are ending the meeting',
  commitment: 'you have agreed on a next step and are wrapping up',
  'rep-ended': 'the representative is leaving',
};

const lineText = (l: Line): string => (typeof l === 'string' ? l : l.neutral);

function persona(s: Scenario, state: HcpState): string {
  const h = s.hcp;
  const known = h.priorities.filter((p) => !p.hidden || state.revealed.includes(p.id));
  return [
    `You are ${h.name}, ${h.role}. ${h.personality}`,
    `A pharmaceutical sales representative is meeting you about ${s.product.name} (${s.therapeuticArea}, ${s.specialty}). Scene: ${s.openingScene}`,
    `What matters to you:\n${known.map((p) => `- ${p.says ?? p.text}`).join('\n')}`,
    ...(h.concerns.length > 0 ? [`Your concerns:\n${h.concerns.map((c) => `- ${c.says ?? c.text}`).join('\n')}`] : []),
  ].join('\n\n');
}

function currentTurn(p: PromptInput): string {
  const { state, move, scenario } = p;
  const open = scenario.hcp.objections.filter((o) =>
    ['raised', 'acknowledged'].includes(state.objections[o.id]?.status ?? ''),
  );
  const time =
    state.patience <= 0
      ? 'none: you are leaving'
      : `about ${state.patience} more exchange${state.patience === 1 ? '' : 's'}`;
  return [
    'Right now:',
    `- Mood: ${state.mood} (openness ${state.openness}/10).`,
    `- Time left: ${time}.`,
    `- Open objections: ${open.length > 0 ? open.map((o) => `"${lineText(o.text)}"`).join('; ') : 'none'}.`,
    `- Your move: ${MOVES[move.kind]}${p.ended ? `; ${ENDINGS[p.ended]}` : ''}.`,
    `- What to convey: "${move.text}"`,
  ].join('\n');
}

function rules(p: PromptInput): string {
  const name = p.scenario.hcp.name;
  return [
    `Reply with only the words ${name} says aloud, in the first person: ${LENGTH[p.state.mood]}.`,
    'Say what "What to convey" says in your own voice. Do not add facts, numbers, objections, agreements or next steps it does not contain.',
    'No stage directions, no name label, no quotation marks around the reply. Never write lines for the representative.',
  ].join('\n');
}

/** Rep turns are the user's, the HCP's are the assistant's; a scene line first keeps roles alternating for strict chat templates. */
function conversation(transcript: PromptInput['transcript']): ChatMessage[] {
  const out: ChatMessage[] = [{ role: 'user', content: '(The sales representative comes in.)' }];
  for (const t of transcript) {
    const role = t.speaker === 'rep' ? 'user' : 'assistant';
    const last = out[out.length - 1]!;
    if (last.role === role) last.content += `\n${t.text}`;
    else out.push({ role, content: t.text });
  }
  return out;
}

export function buildMessages(p: PromptInput): ChatMessage[] {
  const system = [persona(p.scenario, p.state), currentTurn(p), rules(p)].join('\n\n');
  return [{ role: 'system', content: system }, ...conversation(p.transcript)];
}
