// `roleplay score <file|->` and `roleplay rubric`: offline, deterministic scoring with evidence.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { ScoreOptions } from '../run/score.js';

const load = () => import('../run/score.js');

export function registerScore(program: Command, ctx: CliContext): void {
  program
    .command('score')
    .description('score a transcript offline (JSON, JSONL or "Rep: / HCP:" text; - reads stdin)')
    .argument('<transcript>', 'transcript file, or - for stdin')
    .option('--explain', 'show every component with the turns and phrases behind it')
    .option(
      '--acts',
      'also show what each turn does (the acts of labeled/ACTS.md, with evidence); with --json adds "acts"',
    )
    .option('--min-score <n>', 'exit 1 when the overall score is below <n>')
    .option('--rubric <file>', 'use an edited rubric (see `roleplay rubric`)')
    .option(
      '--scenario <id>',
      "also check compliance against the scenario's label, facts, fair balance and competitors",
    )
    .addHelpText(
      'after',
      `
Examples:
  $ roleplay score call.txt --explain
  $ roleplay score call.txt --acts             # how each turn was read, with the words behind it
  $ roleplay score call.txt --scenario rheumatology-ra-jak-safety   # compliance flags against its label
  $ roleplay score call.json --json | jq .overallScore
  $ roleplay score call.json --json --acts | jq '.acts[] | select(.speaker == "rep") | .acts'
  $ echo 'Rep: What matters most to you?' | roleplay score - --min-score 2.5
`,
    )
    .action(async (file: string, o: ScoreOptions) => (await load()).runScore(ctx, file, o));

  program
    .command('rubric')
    .description('print the built-in rubric (rp-2) as YAML, to edit and pass to --rubric')
    .action(async () => (await load()).runRubric(ctx));
}
