// `roleplay sessions` and `roleplay history`: what is in the data dir.
import type { Command } from 'commander';
import { colorLevel, writeJson, type CliContext } from '../context.js';

export function registerRecords(program: Command, ctx: CliContext): void {
  program
    .command('sessions')
    .description('list sessions in the data folder, newest first')
    .option('--active', 'only unfinished sessions')
    .action(async (o: { active?: boolean }) => {
      const { openSessions } = await import('../session-kit.js');
      const { toStatus } = await import('../../session/status.js');
      const { manager } = await openSessions(ctx, { readOnly: true });
      const rows = (await manager.list()).map(toStatus).filter((s) => !o.active || s.status === 'active');
      if (ctx.globals().json) return writeJson(ctx, rows);
      const { renderSessionList } = await import('../../render/sessions.js');
      ctx.io.stdout.write(renderSessionList(rows, { color: colorLevel(ctx) }));
    });

  program
    .command('history')
    .description('past scorecards with a trend per metric')
    .option('--scenario <id>', 'only this scenario')
    .addHelpText('after', '\nExample:\n  $ roleplay history --scenario primary-care-hypertension-discovery\n')
    .action(async (o: { scenario?: string }) => {
      const { openSessions } = await import('../session-kit.js');
      const { sanitize } = await import('../../sanitize.js');
      const { history } = await openSessions(ctx, { readOnly: true });
      // Sessions that ended without their line (a crash in between) are shown too; nothing is written.
      const { entries, warnings } = await history.read();
      for (const w of warnings) ctx.io.stderr.write(`roleplay: warning: ${sanitize(w)}\n`);
      const rows = entries.filter((e) => !o.scenario || e.scenarioId === o.scenario).sort((a, b) => a.endedAt - b.endedAt);
      if (ctx.globals().json) return writeJson(ctx, rows);
      const { renderHistory } = await import('../../render/history.js');
      ctx.io.stdout.write(renderHistory(rows, { color: colorLevel(ctx) }));
    });
}
