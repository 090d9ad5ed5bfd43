// `roleplay score <file|->` and `roleplay rubric`: offline, deterministic scoring with evidence.
import type { Command } from 'commander';
import { colorLevel, writeJson, type CliContext } from '../context.js';

interface ScoreOptions {
  explain?: boolean;
  acts?: boolean;
  minScore?: string;
  rubric?: string;
  scenario?: string;
}

export function registerScore(program: Command, ctx: CliContext): void {
  program
    .command('score')
    .description('score a transcript offline (JSON, JSONL or "Rep: / HCP:" text; - reads stdin)')
    .argument('<transcript>', 'transcript file, or - for stdin')
    .option('--explain', 'show every component with the turns and phrases behind it')
    .option('--acts', 'also show what each turn does (the acts of labeled/ACTS.md, with evidence); with --json adds "acts"')
    .option('--min-score <n>', 'exit 1 when the overall score is below <n>')
    .option('--rubric <file>', 'use an edited rubric (see `roleplay rubric`)')
    .option('--scenario <id>', "also check compliance against the scenario's label, facts, fair balance and competitors")
    .addHelpText('after', `
Examples:
  $ roleplay score call.txt --explain
  $ roleplay score call.txt --acts             # how each turn was read, with the words behind it
  $ roleplay score call.txt --scenario rheumatology-ra-jak-safety   # compliance flags against its label
  $ roleplay score call.json --json | jq .overallScore
  $ roleplay score call.json --json --acts | jq '.acts[] | select(.speaker == "rep") | .acts'
  $ echo 'Rep: What matters most to you?' | roleplay score - --min-score 2.5
`)
    .action(async (file: string, o: ScoreOptions) => {
      const { readTranscript, readRubric, checkMinScore } = await import('../score-input.js');
      const { readTranscript: read, scoreTranscript } = await import('../../scoring/index.js');
      const { parseMinScore } = await import('../flags.js');
      const minScore = parseMinScore(o.minScore);
      const rubric = await readRubric(ctx, o.rubric);
      const turns = await readTranscript(ctx, file);
      // One reading serves the scorecard and the acts view, so they cannot disagree.
      const reading = read(turns, rubric);
      const scenario = o.scenario === undefined ? undefined : (await (await import('../session-kit.js')).openLibrary(ctx)).require(o.scenario);
      const card = scoreTranscript(turns, rubric, scenario ? { scenarioId: scenario.id, scenario } : {}, reading);
      if (ctx.globals().json) {
        if (o.acts !== true) writeJson(ctx, card);
        else {
          const { actsJson } = await import('../../render/acts.js');
          writeJson(ctx, { ...card, acts: actsJson(reading) });
        }
      } else {
        const { renderScorecard } = await import('../../render/scorecard.js');
        ctx.io.stdout.write(renderScorecard(card, { explain: o.explain, color: colorLevel(ctx) }));
        if (o.acts === true) {
          const { renderActs } = await import('../../render/acts.js');
          ctx.io.stdout.write(`\n${renderActs(turns, reading, { color: colorLevel(ctx) })}`);
        }
      }
      checkMinScore(card.overallScore, minScore);
    });

  program
    .command('rubric')
    .description('print the built-in rubric (rp-2) as YAML, to edit and pass to --rubric')
    .action(async () => {
      const { DEFAULT_RUBRIC, rubricHash } = await import('../../scoring/index.js');
      if (ctx.globals().json) return writeJson(ctx, DEFAULT_RUBRIC);
      const { stringify } = await import('yaml');
      ctx.io.stdout.write(`# rubric ${DEFAULT_RUBRIC.id} ${DEFAULT_RUBRIC.version} sha256:${rubricHash(DEFAULT_RUBRIC)}\n${stringify(DEFAULT_RUBRIC)}`);
    });
}
