// `roleplay list`: the scenario library as a table or JSON, with filters.
import { UsageError } from '../../errors.js';
import { DIFFICULTIES, loadLibrary, STAGES, toSummary } from '../../scenario/index.js';
// `list` is the start-up benchmark's command: the render layer's index.ts brings the batch and
// report renderers and, through them, the scorer.
// eslint-disable-next-line no-restricted-imports -- start-up time, see above
import { renderScenarioTable } from '../../render/scenarios.js';
import { colorLevel, terminalWidth, writeJson, type CliContext } from '../context.js';

export interface ListOptions {
  wide?: boolean;
  area?: string;
  stage?: string;
  difficulty?: string;
}

export async function runList(ctx: CliContext, o: ListOptions): Promise<void> {
  if (o.stage && !(STAGES as readonly string[]).includes(o.stage)) {
    throw new UsageError(`unknown stage "${o.stage}"`, '--stage', `use one of: ${STAGES.join(', ')}`);
  }
  if (o.difficulty && !(DIFFICULTIES as readonly string[]).includes(o.difficulty)) {
    throw new UsageError(
      `unknown difficulty "${o.difficulty}"`,
      '--difficulty',
      `use one of: ${DIFFICULTIES.join(', ')}`,
    );
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
  ctx.io.stdout.write(
    renderScenarioTable(rows, { color: colorLevel(ctx), ...(o.wide ? {} : { width: terminalWidth(ctx) }) }),
  );
}
