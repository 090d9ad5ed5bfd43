// Runs the REPL on the real terminal or piped stdin: readline for lines, Inquirer for the picker.
import { createInterface } from 'node:readline';
import { InterruptedError } from '../errors.js';
import { hintOf } from '../feedback/index.js';
import { Repl } from '../repl/index.js';
import { colorLevel, terminalWidth, type CliContext } from './context.js';
import { renderEnded } from './end-view.js';
import type { LlmFlags } from './llm-flags.js';
import { readConfig, resolveRep, saveConfig } from './rep-config.js';
import { openLibrary, openSessions } from './session-kit.js';

const prompts = () => import('./prompts.js');

export interface ReplOptions {
  scenario?: string;
  resumeId?: string;
  seed?: number;
  engine?: string;
  rep?: string;
  details?: boolean;
  llm?: LlmFlags;
}

export async function runRepl(ctx: CliContext, o: ReplOptions): Promise<void> {
  const color = colorLevel(ctx);
  // llm replies stream word by word on a terminal; piped output keeps whole reply lines.
  // Inquirer, ora and the stream view load only on a terminal: piped sessions (scripts, tests) skip them.
  const view = ctx.io.isTTY ? (await import('./stream-view.js')).createStreamView(ctx.io, color) : undefined;
  const llm = { ...o.llm, ...(view ? { sink: view.sink } : {}) };
  const [{ manager, dataDir }, library] = await Promise.all([openSessions(ctx, { llm }), openLibrary(ctx)]);
  const interactive = ctx.io.isInTTY === true && ctx.io.isTTY;
  const rep = await repFor(ctx, o.rep, dataDir.root, interactive);
  const repl = new Repl({
    io: ctx.io,
    manager,
    library,
    color,
    engine: o.engine,
    seed: o.seed,
    ...(rep !== undefined ? { rep } : {}),
    ...(view ? { renderReply: view.render } : {}),
    renderEnd: (s) => renderEnded(s, { color, details: o.details, width: terminalWidth(ctx) }),
    width: () => terminalWidth(ctx),
    hint: hintOf,
    echoInput: !interactive,
    prompt: interactive ? () => rl.prompt() : undefined,
  });
  if (interactive)
    ctx.io.stdout.write('roleplay: practice a conversation with a simulated HCP. /help lists commands.\n');
  if (o.resumeId) await repl.resume(o.resumeId);
  else if (o.scenario) await repl.startScenario(o.scenario);
  // The picker reads stdin itself, so it runs before readline takes over.
  else if (interactive)
    await repl.startScenario(await (await prompts()).pickScenario({ scenarios: library.all.map((l) => l.scenario) }));
  let interrupted = false;
  const rl = createInterface({
    input: ctx.io.stdin,
    output: interactive ? ctx.io.stdout : undefined,
    terminal: interactive,
  });
  rl.on('SIGINT', () => {
    interrupted = true;
    // Readline leaves the cursor after the half-typed input: the "kept" notice starts on a line of its own (issue 15).
    ctx.io.stdout.write('\n');
    rl.close();
  });
  if (interactive) rl.setPrompt('you> ');
  try {
    await repl.run(rl);
  } finally {
    rl.close();
  }
  if (interrupted) throw new InterruptedError();
}

/** --rep, ROLEPLAY_REP or the saved name; on a terminal, asked once and kept for the trainer's report. */
async function repFor(
  ctx: CliContext,
  flag: string | undefined,
  root: string,
  interactive: boolean,
): Promise<string | undefined> {
  const ask = async (): Promise<string> => (await prompts()).askRepName();
  const { rep, save } = await resolveRep({
    ...(flag !== undefined ? { flag } : {}),
    env: ctx.env,
    config: await readConfig(root),
    ...(interactive ? { ask } : {}),
  });
  if (save !== undefined) await saveConfig(root, save);
  return rep;
}
