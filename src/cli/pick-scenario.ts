// The scenario picker the REPL opens on a terminal. It keeps Inquirer's (config, context) shape, so
// tests drive it with @inquirer/testing and the REPL passes nothing (the process's own streams).
import { select } from '@inquirer/prompts';
import { sanitize } from '../sanitize.js';

export interface PickableScenario {
  id: string;
  title: string;
  difficulty: string;
  therapeuticArea: string;
}

type PromptContext = Parameters<typeof select>[1];

export function pickScenario(config: { scenarios: readonly PickableScenario[] }, context?: PromptContext): Promise<string> {
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
