// `roleplay eval <dir>`: how well the scorer agrees with conversations labeled by trainers.
import type { Command } from 'commander';
import { collect, type CliContext } from '../context.js';
import type { EvalFlags } from '../run/eval.js';

const HELP = `
<dir> holds labeled conversations, one <id>.json each (sorted by name; names starting
with . or _ are skipped):
  { "id": "<id>", "turns": [{ "speaker": "rep" | "customer", "text": "..." }],
    "expected": { "<metric_id>": { "band": "high" | "mid" | "low" | "n/a", "why": "..." } },
    "expected_overall": "high" | "mid" | "low" }
All eight metric ids are required; only objection_navigation and adaptability may be n/a.
Other keys (description, scenario, traps, raters, ...) are allowed. With --acts, an
<id>.acts.json next to it gives the acts of every turn:
  { "id": "<id>", "turns": [{ "i": 0, "speaker": "rep", "acts": ["purpose"] }, ...] }

A score's band: 4.0 and up high, 2.5 and up mid, below low, not applicable n/a.
Agreement is the share of (file, metric) pairs whose band is the trainers' label.

Exit codes: 0 done · 1 agreement below --min-agreement · 2 bad flags ·
3 a missing folder or an invalid labeled file (every problem listed, nothing scored).

Examples:
  $ roleplay eval ../shared/labeled/dev
  $ roleplay eval labeled/ --acts
  $ roleplay eval labeled/ --json --min-agreement 85
  $ roleplay eval labeled/ --author C
`;

export function registerEval(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description('measure how well the scorer agrees with conversations labeled by trainers')
    .argument('<dir>', 'folder of labeled conversations (<id>.json, optional <id>.acts.json)')
    .option('--acts', 'also compare the acts read in each turn with <id>.acts.json')
    .option('--min-agreement <percent>', 'exit 1 when metric or overall agreement is below <percent> (0–100)')
    .option('--author <letters>', "only this author's files (the letters an id starts with; repeatable)", collect)
    .option('--rubric <file>', 'score with an edited rubric (see `roleplay rubric`)')
    .addHelpText('after', HELP)
    .action(async (dir: string, o: EvalFlags) => (await import('../run/eval.js')).runEval(ctx, dir, o));
}
