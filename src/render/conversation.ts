// Renders live conversation pieces: an HCP reply with its cues, a transcript, a session status.
import { Chalk } from 'chalk';
import type { SessionStatus } from '../session/index.js';
import { sanitize } from '../sanitize.js';
import { wrapLine } from './wrap.js';
import type { ColorLevel } from '../io.js';

export interface SpokenTurn {
  speaker: 'rep' | 'customer';
  text: string;
  cues?: string[];
}

/**
 * "Name: text", word-wrapped to `width` with a two-space hanging indent (issue 15: "titration me|ans").
 * Wrapped on plain text, coloured after, so escape codes never count toward the width. Without a
 * width (the stream view's prefix) nothing is wrapped.
 */
export function renderSpeaker(label: string, text: string, paint: (s: string) => string, width?: number): string {
  const plain = `${label}: ${text}`;
  const lines = width === undefined ? [plain] : wrapLine(plain, width, '', '  ');
  lines[0] = paint(label) + lines[0]!.slice(label.length);
  return `${lines.join('\n')}\n`;
}

export function renderHcpTurn(
  name: string,
  text: string,
  cues: readonly string[],
  color: ColorLevel = 0,
  width?: number,
): string {
  const c = new Chalk({ level: color });
  const cues1 = cues.map(sanitize).join(' ');
  const cueLine =
    cues.length === 0
      ? ''
      : `${(width === undefined ? [cues1] : wrapLine(cues1, width)).map((l) => c.dim.italic(l)).join('\n')}\n`;
  return cueLine + renderSpeaker(sanitize(name), sanitize(text), (l) => c.bold.cyan(l), width);
}

export function renderTranscript(
  turns: readonly SpokenTurn[],
  hcpName: string,
  color: ColorLevel = 0,
  width?: number,
): string {
  const c = new Chalk({ level: color });
  return turns
    .map((t) =>
      t.speaker === 'rep'
        ? renderSpeaker('You', sanitize(t.text), (l) => c.bold(l), width)
        : renderHcpTurn(hcpName, t.text, t.cues ?? [], color, width),
    )
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
  if (s.overallScore !== undefined)
    lines.push(`overall    ${s.overallScore === null ? 'n/a' : s.overallScore.toFixed(1)}`);
  return `${lines.join('\n')}\n`;
}
