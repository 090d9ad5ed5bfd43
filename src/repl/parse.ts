// Turns one REPL line into data: something the rep says, or a slash command.
export const REPL_COMMANDS = [
  'start',
  'end',
  'status',
  'brief',
  'hint',
  'transcript',
  'restart',
  'help',
  'quit',
] as const;
export type ReplCommandName = (typeof REPL_COMMANDS)[number];

export type ReplInput =
  | { kind: 'empty' }
  | { kind: 'say'; text: string }
  | { kind: 'command'; name: ReplCommandName; arg: string }
  | { kind: 'unknown-command'; name: string };

const ALIASES: Record<string, ReplCommandName> = { exit: 'quit', q: 'quit', '?': 'help', score: 'end' };

/** `hasSession` decides whether a bare "start <id>" is a command or something said to the HCP. */
export function parseReplLine(line: string, hasSession: boolean): ReplInput {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  const bareStart = /^start\s+(\S+)\s*$/i.exec(text);
  if (!hasSession && bareStart) return { kind: 'command', name: 'start', arg: bareStart[1]! };
  if (!text.startsWith('/')) return { kind: 'say', text };
  const [head = '', ...rest] = text.slice(1).split(/\s+/);
  const name = head.toLowerCase();
  const known = (REPL_COMMANDS as readonly string[]).includes(name) ? (name as ReplCommandName) : ALIASES[name];
  return known ? { kind: 'command', name: known, arg: rest.join(' ') } : { kind: 'unknown-command', name };
}

export const REPL_HELP = `Type what you would say to the HCP and press Enter. Commands:
  /start <scenario>   begin a session (plain "start <scenario>" works too when none is active)
  /status             turns, HCP mood and time left
  /brief              the briefing: product, objectives, key messages, time
  /hint               one coaching tip from your score so far
  /transcript         the conversation so far
  /end                end the session and show your scorecard
  /restart            start the same scenario again with the same seed (also after /end)
  /help               this help
  /quit               leave (an unfinished session is kept: \`roleplay resume\`)
`;
