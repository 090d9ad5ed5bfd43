// `roleplay eval <dir>`: how well the scorer agrees with conversations labeled by trainers.
import { ThresholdError, UsageError } from '../../errors.js';
import { evaluate, isBelow, selectAuthors, type EvalReport } from '../../eval/index.js';
import { renderEval } from '../../render/index.js';
import { colorLevel, writeJson, type CliContext } from '../context.js';
import { readLabeledFolder } from '../eval-input.js';
import { parseMinAgreement } from '../flags.js';
import { readRubric } from '../score-input.js';

export interface EvalFlags {
  acts?: boolean;
  minAgreement?: string;
  author?: string[];
  rubric?: string;
}

export async function runEval(ctx: CliContext, dir: string, o: EvalFlags): Promise<void> {
  const minAgreement = parseMinAgreement(o.minAgreement);
  const rubric = await readRubric(ctx, o.rubric);
  const all = await readLabeledFolder(ctx, dir, { acts: o.acts === true });
  const conversations = selectAuthors(all, o.author ?? []);
  if (conversations.length === 0) {
    const authors = [...new Set(all.map((c) => c.author))].sort().join(', ');
    throw new UsageError(
      `no labeled files by author ${o.author!.join(', ')}`,
      '--author',
      `authors in ${dir}: ${authors}`,
    );
  }
  const report = evaluate(conversations, { rubric, acts: o.acts === true });
  if (ctx.globals().json) writeJson(ctx, report);
  else ctx.io.stdout.write(renderEval(report, { color: colorLevel(ctx) }));
  checkMinAgreement(report, minAgreement);
}

/** One line on stderr naming which agreement fell short, with the exact counts. */
function checkMinAgreement(r: EvalReport, min: number | undefined): void {
  if (min === undefined) return;
  const short = [
    ['metric-band agreement', r.metricAgreement],
    ['overall agreement', r.overallAgreement],
  ] as const;
  const below = short
    .filter(([, s]) => isBelow(s, min))
    .map(([name, s]) => `${name} ${s.agreement!.toFixed(1)}% (${s.agree}/${s.total})`);
  if (below.length > 0)
    throw new ThresholdError(`${below.join(' and ')} ${below.length > 1 ? 'are' : 'is'} below --min-agreement ${min}`);
}
