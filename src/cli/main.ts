// The CLI edge: builds the commander program, runs it against an Io, maps errors to exit codes.
// `run()` is the only function that touches `process`; `main()` is what tests call.
import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import type { ColorLevel, Io } from '../io.js';
import type { OutFs } from '../out-file.js';
import type { WriteFn } from '../store/index.js';
import { collect, readGlobals, type CliContext } from './context.js';
import { registerCommands } from './commands/index.js';
import { reportError } from './errors-out.js';
import { editDistance } from '../suggest.js';
import { sanitize } from '../sanitize.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const EXAMPLES = `
Examples:
  $ roleplay                                   practice in the REPL (pick a scenario)
  $ roleplay list --stage discovery            scenarios for discovery calls
  $ roleplay show primary-care-hypertension-discovery
                                               read the briefing before you start
  $ roleplay score transcript.txt --explain    score a transcript, with evidence
  $ roleplay batch scenarios/runs --format junit --out report.xml
  $ roleplay validate my-scenarios/            check your own scenario files
  $ roleplay report team/ --out team.html      a trainer's report over reps' files

Environment:
  ROLEPLAY_HOME        data folder (sessions, history); default: the platform data dir
  ROLEPLAY_SCENARIOS   extra scenario folders, separated by the path delimiter
  ROLEPLAY_REP         who is practicing (as --rep), recorded for \`roleplay report\`
  ROLEPLAY_STORE       postgres://user:password@host:5432/db: sessions and history in PostgreSQL,
                       shared by every instance (run \`roleplay store migrate\` once first)
  NO_COLOR             disable colours
  ROLEPLAY_LLM_BASE_URL, ROLEPLAY_LLM_MODEL, ROLEPLAY_LLM_API_KEY (optional), ROLEPLAY_LLM_TIMEOUT
                       an OpenAI-compatible model server for \`--hcp llm\`; \`roleplay doctor\` checks it
`;

export interface MainOptions {
  env?: Readonly<Record<string, string | undefined>>;
  cwd?: string;
  /** For tests: the file system report files are written through. */
  outFs?: OutFs;
  /** How data files are written (default: the real write); tests simulate a full disk with it. */
  fileWrite?: WriteFn;
}

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('roleplay')
    .description(
      'Practice pharma sales conversations with a simulated HCP and get a scorecard on eight behavioral metrics.',
    )
    .usage('[options] [command]')
    .version(version, '-v, --version')
    .option('--json', 'machine-readable JSON output')
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('--debug', 'print stack traces on errors')
    .addOption(
      new Option('--scenarios <dir>', 'extra scenario folder (repeatable; also ROLEPLAY_SCENARIOS)').argParser(collect),
    )
    .option(
      '--store <url>',
      'keep sessions and history in PostgreSQL (postgres://…; also ROLEPLAY_STORE) instead of the data folder',
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `roleplay --help` for usage)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout.write(s),
      writeErr: (s) => ctx.io.stderr.write(s),
      // Commander echoes what was typed ("unknown option '\u001b]0;x'"): never raw to a terminal.
      outputError: (s, write) => write(errorLine(s)),
    });
  registerCommands(program, ctx);
  // `roleplay` alone opens the REPL; a stray word is an unknown command, not a scenario.
  // Variadic so `roleplay lst foo` and `roleplay help lst` name the unknown word, not "too many arguments".
  program.argument('[command...]').action(async (words: string[]) => {
    const [word, next] = words;
    if (word === 'help' && next !== undefined) {
      const known = program.commands.find((c) => c.name() === next || c.aliases().includes(next));
      return known === undefined ? unknownCommand(program, next) : known.help();
    }
    if (word !== undefined) return unknownCommand(program, word);
    const { runRepl } = await import('./repl-runner.js');
    await runRepl(ctx, {});
  });
  return program;
}

/** Commander's "error: …" and our own `program.error()` text as one `roleplay: …` line, made safe to print. */
function errorLine(text: string): string {
  const shown = sanitize(text);
  return `roleplay: ${shown.startsWith('error: ') ? shown.slice(7) : shown}`;
}

function unknownCommand(program: Command, word: string): never {
  const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
  let near: string[] = [];
  for (let d = 1; d <= 3 && near.length === 0; d++) near = names.filter((n) => editDistance(word, n) <= d);
  program.error(`unknown command '${word}'${near.length ? `\n(Did you mean ${near.join(', ')}?)` : ''}`, {
    code: 'commander.unknownCommand',
    exitCode: 2,
  });
}

/** Runs the CLI for `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io, options: MainOptions = {}): Promise<number> {
  const base = {
    io,
    env: options.env ?? {},
    cwd: options.cwd ?? '.',
    ...(options.outFs ? { outFs: options.outFs } : {}),
    ...(options.fileWrite ? { fileWrite: options.fileWrite } : {}),
  };
  const ctx: CliContext = { ...base, globals: () => readGlobals(program, base) };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    const report = reportError(e, argv.includes('--debug'), base.cwd);
    if (report.text) io.stderr.write(report.text);
    return report.code;
  }
}

function colorDepth(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): ColorLevel {
  if (env.NO_COLOR !== undefined) return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' ? 0 : 1;
  if (!stream.isTTY) return 0;
  const depth = stream.getColorDepth?.() ?? 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** The process edge: real streams, real argv, exit code set once the work is done. */
export async function run(): Promise<void> {
  const io: Io = {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY: process.stdout.isTTY === true,
    isErrTTY: process.stderr.isTTY === true,
    isInTTY: process.stdin.isTTY === true,
    colorLevel: colorDepth(process.stdout, process.env),
    columns: () => (process.stdout.isTTY ? process.stdout.columns : undefined),
  };
  // A closed pipe (`roleplay list | head`) is not an error worth a stack.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await main(process.argv.slice(2), io, { env: process.env, cwd: process.cwd() });
}
