// Where `batch` and `merge` send a report: the format, stdout or a checked `--out` file, and the
// exit code for failed runs.
import { resolve } from 'node:path';
import { displayName, type BatchReport } from '../batch/index.js';
import { ThresholdError, UsageError } from '../errors.js';
import { checkOutPath, writeOutFile, type OutTarget } from '../out-file.js';
import { formatForFile, isReportFormat, renderReport, REPORT_FORMATS } from '../render/index.js';
import { sanitize } from '../sanitize.js';
import { colorLevel, terminalWidth, type CliContext } from './context.js';

/** --format, else the --out extension, else --json, else table for people and json for pipes. */
export function pickFormat(ctx: CliContext, format: string | undefined, out: string | undefined, tableOnTty: boolean) {
  if (format !== undefined) {
    if (isReportFormat(format)) return format;
    throw new UsageError(`unknown format "${format}"`, '--format', `use one of: ${REPORT_FORMATS.join(', ')}`);
  }
  if (out !== undefined) return formatForFile(out);
  return tableOnTty && ctx.io.isTTY && !ctx.globals().json ? 'table' : 'json';
}

/** `--out` checked before any work: a missing folder or a read-only disk is reported at once, exit 2. */
export async function checkOut(ctx: CliContext, out: string | undefined): Promise<OutTarget | undefined> {
  if (out === undefined) return undefined;
  return checkOutPath(resolve(ctx.cwd, out), out, ctx.outFs);
}

/** To stdout, or to the checked --out file, whole or not at all (exit 3, never a cut-off report). */
/** `isWide`: the table at full width; otherwise a table on stdout fits the terminal (80 when piped). */
export async function writeReport(
  ctx: CliContext,
  report: BatchReport,
  format: string,
  out: OutTarget | undefined,
  isWide = false,
): Promise<void> {
  if (!isReportFormat(format)) throw new Error(`not a report format: ${format}`);
  const width = out || isWide ? undefined : terminalWidth(ctx);
  const text = renderReport(format, report, {
    color: out ? 0 : colorLevel(ctx),
    ...(width === undefined ? {} : { width }),
  });
  if (out === undefined) {
    ctx.io.stdout.write(text);
    return;
  }
  await writeOutFile(out, text, ctx.outFs);
}

/** Exit 1 naming each failed run on stderr, unless the table on stdout already lists them. */
export function failOnFailures(ctx: CliContext, report: BatchReport, failuresShown: boolean): void {
  const { failed, count } = report.summary;
  if (failed === 0) return;
  if (!failuresShown) {
    for (const r of report.runs.filter((x) => !x.passed).slice(0, 50)) {
      ctx.io.stderr.write(sanitize(`roleplay: FAIL ${displayName(r)} (${r.file}): ${r.failures.join('; ')}`) + '\n');
    }
  }
  throw new ThresholdError(`${failed} of ${count} run(s) failed their expectations`);
}
