// `roleplay sessions` and `roleplay history`: what is in the data dir.
import { renderHistory, renderSessionList } from '../../render/index.js';
import { sanitize } from '../../sanitize.js';
import { toStatus } from '../../session/index.js';
import { colorLevel, writeJson, type CliContext } from '../context.js';
import { openSessions } from '../session-kit.js';

export async function runSessions(ctx: CliContext, o: { active?: boolean }): Promise<void> {
  const { manager } = await openSessions(ctx, { readOnly: true });
  const rows = (await manager.list()).map(toStatus).filter((s) => !o.active || s.status === 'active');
  if (ctx.globals().json) return writeJson(ctx, rows);
  ctx.io.stdout.write(renderSessionList(rows, { color: colorLevel(ctx) }));
}

export async function runHistory(ctx: CliContext, o: { scenario?: string }): Promise<void> {
  const { history } = await openSessions(ctx, { readOnly: true });
  // Sessions that ended without their line (a crash in between) are shown too; nothing is written.
  const { entries, warnings } = await history.read();
  for (const w of warnings) ctx.io.stderr.write(`roleplay: warning: ${sanitize(w)}\n`);
  const rows = entries.filter((e) => !o.scenario || e.scenarioId === o.scenario).sort((a, b) => a.endedAt - b.endedAt);
  if (ctx.globals().json) return writeJson(ctx, rows);
  ctx.io.stdout.write(renderHistory(rows, { color: colorLevel(ctx) }));
}
