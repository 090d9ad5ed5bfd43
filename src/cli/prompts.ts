// The questions the REPL asks on a terminal: which scenario, and the rep's name. They keep Inquirer's
// (config, context) shape, so tests drive them with @inquirer/testing and the REPL passes nothing
// (the process's own streams). Loaded only on a terminal (repl-runner.ts).
import { input, select } from '@inquirer/prompts';
import { sanitize } from '../sanitize.js';

export interface PickableScenario {
  id: string;
  title: string;
  difficulty: string;
  therapeuticArea: string;
}

type PromptContext = Parameters<typeof select>[1];

export function askRepName(_config: object = {}, context?: PromptContext): Promise<string> {
  return input({ message: "Your name, for your trainer's practice report (Enter to skip):" }, context);
}

export function pickScenario(
  config: { scenarios: readonly PickableScenario[] },
  context?: PromptContext,
): Promise<string> {
  return select(
    {
      message: 'Pick a scenario',
      pageSize: 12,
      // `short` is what stays on screen once picked: the title alone fits an 80-column terminal.
      choices: config.scenarios.map((s) => ({
        name: sanitize(`${s.title} (${s.therapeuticArea}, ${s.difficulty})`),
        short: sanitize(s.title),
        value: s.id,
        description: s.id,
      })),
    },
    context,
  );
}
