// `roleplay score <file|->` and `roleplay rubric`: offline, deterministic scoring with evidence.
import { stringify } from 'yaml';
import { actsJson, renderActs, renderScorecard } from '../../render/index.js';
import { DEFAULT_RUBRIC, readTranscript as read, rubricHash, scoreTranscript } from '../../scoring/index.js';
import { colorLevel, writeJson, type CliContext } from '../context.js';
import { parseMinScore } from '../flags.js';
import { checkMinScore, readRubric, readTranscript } from '../score-input.js';
import { openLibrary } from '../session-kit.js';

export interface ScoreOptions {
  explain?: boolean;
  acts?: boolean;
  minScore?: string;
  rubric?: string;
  scenario?: string;
}

export async function runScore(ctx: CliContext, file: string, o: ScoreOptions): Promise<void> {
  const minScore = parseMinScore(o.minScore);
  const rubric = await readRubric(ctx, o.rubric);
  const turns = await readTranscript(ctx, file);
  // One reading serves the scorecard and the acts view, so they cannot disagree.
  const reading = read(turns, rubric);
  const scenario = o.scenario === undefined ? undefined : (await openLibrary(ctx)).require(o.scenario);
  const card = scoreTranscript(turns, rubric, scenario ? { scenarioId: scenario.id, scenario } : {}, reading);
  if (ctx.globals().json) {
    writeJson(ctx, o.acts === true ? { ...card, acts: actsJson(reading) } : card);
  } else {
    ctx.io.stdout.write(renderScorecard(card, { explain: o.explain, color: colorLevel(ctx) }));
    if (o.acts === true) ctx.io.stdout.write(`\n${renderActs(turns, reading, { color: colorLevel(ctx) })}`);
  }
  checkMinScore(card.overallScore, minScore);
}

export function runRubric(ctx: CliContext): void {
  if (ctx.globals().json) return writeJson(ctx, DEFAULT_RUBRIC);
  ctx.io.stdout.write(
    `# rubric ${DEFAULT_RUBRIC.id} ${DEFAULT_RUBRIC.version} sha256:${rubricHash(DEFAULT_RUBRIC)}\n${stringify(DEFAULT_RUBRIC)}`,
  );
}
