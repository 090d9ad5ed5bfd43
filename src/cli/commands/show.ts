// `roleplay show <id>`: the briefing a rep reads before starting.
import type { Command } from 'commander';
import { colorLevel, terminalWidth, writeJson, type CliContext } from '../context.js';

export function registerShow(program: Command, ctx: CliContext): void {
  program
    .command('show')
    .description('show the briefing for a scenario')
    .argument('<id>', 'scenario id (see `roleplay list`)')
    .addHelpText('after', '\nExample:\n  $ roleplay show primary-care-hypertension-discovery\n')
    .action(async (id: string) => {
      const { loadLibrary } = await import('../../scenario/library.js');
      const { toBriefing } = await import('../../scenario/briefing.js');
      const library = await loadLibrary(ctx.globals().scenarios);
      const briefing = toBriefing(library.require(id));
      if (ctx.globals().json) return writeJson(ctx, briefing);
      const { renderBriefing } = await import('../../render/scenarios.js');
      ctx.io.stdout.write(renderBriefing(briefing, { color: colorLevel(ctx), width: terminalWidth(ctx) }));
    });
}
