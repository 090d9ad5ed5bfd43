// `roleplay list`: the scenario library as a table or JSON, with filters.
import type { Command } from 'commander';
import { colorLevel, terminalWidth, writeJson, type CliContext } from '../context.js';

interface ListOptions {
  wide?: boolean;
  area?: string;
  stage?: string;
  difficulty?: string;
}

export function registerList(program: Command, ctx: CliContext): void {
  program
    .command('list')
    .alias('ls')
    .description('list the scenarios you can practice')
    .option('--area <text>', 'therapeutic area or specialty contains <text>')
    .option('--stage <stage>', 'sales stage (initial-access, discovery, presentation, objection-handling, access, closing)')
    .option('--difficulty <level>', 'easy, medium or hard')
    .option('--wide', 'every column at full width, however wide the terminal')
    .addHelpText('after', '\nExamples:\n  $ roleplay list --difficulty hard\n  $ roleplay list --area oncology --json\n')
    .action(async (o: ListOptions) => {
      const { STAGES, DIFFICULTIES } = await import('../../scenario/constants.js');
      const { loadLibrary } = await import('../../scenario/library.js');
      const { toSummary } = await import('../../scenario/briefing.js');
      const { UsageError } = await import('../../errors.js');
      if (o.stage && !(STAGES as readonly string[]).includes(o.stage)) {
        throw new UsageError(`unknown stage "${o.stage}"`, '--stage', `use one of: ${STAGES.join(', ')}`);
      }
      if (o.difficulty && !(DIFFICULTIES as readonly string[]).includes(o.difficulty)) {
        throw new UsageError(`unknown difficulty "${o.difficulty}"`, '--difficulty', `use one of: ${DIFFICULTIES.join(', ')}`);
      }
      const library = await loadLibrary(ctx.globals().scenarios);
      const area = o.area?.toLowerCase();
      const rows = library.all
        .map((l) => l.scenario)
        .filter((s) => !area || `${s.therapeuticArea} ${s.specialty}`.toLowerCase().includes(area))
        .filter((s) => !o.stage || s.stage === o.stage)
        .filter((s) => !o.difficulty || s.difficulty === o.difficulty)
        .map(toSummary);
      if (ctx.globals().json) return writeJson(ctx, rows);
      const { renderScenarioTable } = await import('../../render/scenarios.js');
      ctx.io.stdout.write(renderScenarioTable(rows, { color: colorLevel(ctx), ...(o.wide ? {} : { width: terminalWidth(ctx) }) }));
    });
}
