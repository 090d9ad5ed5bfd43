// Renders live conversation pieces: an HCP reply with its cues, a transcript, a session status.
import { Chalk } from 'chalk';
import type { SessionStatus } from '../session/status.js';
import { sanitize } from '../sanitize.js';

export interface SpokenTurn {
  speaker: 'rep' | 'customer';
  text: string;
  cues?: string[];
}

type Level = 0 | 1 | 2 | 3;

export function renderHcpTurn(name: string, text: string, cues: readonly string[], color: Level = 0): string {
  const c = new Chalk({ level: color });
  const cueLine = cues.length > 0 ? `${c.dim.italic(cues.map(sanitize).join(' '))}\n` : '';
  return `${cueLine}${c.bold.cyan(sanitize(name))}: ${sanitize(text)}\n`;
}

export function renderTranscript(turns: readonly SpokenTurn[], hcpName: string, color: Level = 0): string {
  const c = new Chalk({ level: color });
  return turns
    .map((t) => (t.speaker === 'rep' ? `${c.bold('You')}: ${sanitize(t.text)}\n` : renderHcpTurn(hcpName, t.text, t.cues ?? [], color)))
    .join('');
}

export function renderStatus(s: SessionStatus): string {
  const lines = [
    `session    ${s.id}`,
    `scenario   ${sanitize(s.scenarioId)} — ${sanitize(s.title)}`,
    `status     ${s.status}${s.endReason ? ` (${s.endReason})` : ''}`,
    `turns      ${s.repTurns} from you`,
    `HCP mood   ${s.mood} (openness ${s.openness}/10)`,
    `time left  ${s.turnsLeft} turn${s.turnsLeft === 1 ? '' : 's'}`,
    `priorities ${s.priorities.touched}/${s.priorities.total} touched`,
    `objections ${s.objections.raised} raised, ${s.objections.resolved} resolved`,
  ];
  if (s.overallScore !== undefined) lines.push(`overall    ${s.overallScore === null ? 'n/a' : s.overallScore.toFixed(1)}`);
  return `${lines.join('\n')}\n`;
}
