// `roleplay report [files|dirs...]`: what a trainer reads on Monday morning (issue 18): per rep,
// metric, scenario and session, from reps' history files, journals and batch reports.
import type { Command } from 'commander';
import { collect, type CliContext } from '../context.js';
import type { ReportOptions } from '../run/report.js';

const HELP = `
Inputs: history.jsonl files, session journals (sessions/<id>.jsonl), batch reports
(--format json or jsonl), or folders holding them (searched a few levels down). Without
any, your own data folder's history. Files from several reps are merged; a session in two
files (a journal and its history line, a report given twice) counts once. A line or file
that is not what it should be is named on stderr and skipped; the rest is reported. No
sessions left after the filters: says so, exit 0.

--format: table (terminal), html (one self-contained file: inline SVG charts, no script,
no network), markdown or json; with --out, from the extension (.html, .md, .json).
Batch runs count from their --date (else when the report file was written) and for
their --rep; sessions from before --rep was recorded are listed as "(no name)".

Examples:
  $ roleplay report                                             # your own history, as a table
  $ roleplay report team/ --format html --out team.html         # every rep's files in team/
  $ roleplay report alice/history.jsonl bob/history.jsonl runs-w*.json --since 2026-03-01
  $ roleplay report team/ --rep "Dana Smith" --scenario primary-care-hypertension-discovery --format markdown
  $ roleplay report team/ --tag discovery --until 2026-03-31 --json > march.json
`;

export function registerReport(program: Command, ctx: CliContext): void {
  program
    .command('report')
    .description("a trainer's report over reps' sessions: team table, metric charts, scenarios, every scorecard")
    .argument('[paths...]', 'history files, session journals, batch JSON/JSONL reports, or folders of them')
    .option('--since <date>', 'only sessions on or after this day (YYYY-MM-DD, UTC) or time (ISO 8601)')
    .option('--until <date>', 'only sessions on or before this day (the whole day) or time')
    .option('--rep <name>', 'only this rep (repeatable: any of them)', collect)
    .option('--scenario <id>', 'only this scenario (repeatable)', collect)
    .option('--tag <tag>', 'only batch runs with this tag (repeatable: any of them)', collect)
    .option('--format <format>', 'table, html, markdown or json')
    .option('--out <file>', 'write the report to <file> (atomically) instead of stdout')
    .addHelpText('after', HELP)
    .action(async (paths: string[], o: ReportOptions) => (await import('../run/report.js')).runReport(ctx, paths, o));
}
