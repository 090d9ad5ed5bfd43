// Registers every subcommand. Each command's definition is light; its action imports the module
// that does the work (src/cli/run/), once, when that command runs, so start-up stays fast.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerValidate } from './validate.js';
import { registerPractice } from './practice.js';
import { registerSessionOps } from './session-ops.js';
import { registerRecords } from './records.js';
import { registerScore } from './score.js';
import { registerEval } from './eval.js';
import { registerBatch } from './batch.js';
import { registerMerge } from './merge.js';
import { registerServe } from './serve.js';
import { registerDoctor } from './doctor.js';
import { registerReport } from './report.js';
import { registerStore } from './store.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerList(program, ctx);
  registerShow(program, ctx);
  registerValidate(program, ctx);
  registerPractice(program, ctx);
  registerSessionOps(program, ctx);
  registerRecords(program, ctx);
  registerReport(program, ctx);
  registerScore(program, ctx);
  registerEval(program, ctx);
  registerBatch(program, ctx);
  registerMerge(program, ctx);
  registerServe(program, ctx);
  registerDoctor(program, ctx);
  registerStore(program, ctx);
}
