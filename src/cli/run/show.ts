// `roleplay show <id>`: the briefing a rep reads before starting.
import { renderBriefing } from '../../render/index.js';
import { loadLibrary, toBriefing } from '../../scenario/index.js';
import { colorLevel, terminalWidth, writeJson, type CliContext } from '../context.js';

export async function runShow(ctx: CliContext, id: string): Promise<void> {
  const library = await loadLibrary(ctx.globals().scenarios);
  const briefing = toBriefing(library.require(id));
  if (ctx.globals().json) return writeJson(ctx, briefing);
  ctx.io.stdout.write(renderBriefing(briefing, { color: colorLevel(ctx), width: terminalWidth(ctx) }));
}
