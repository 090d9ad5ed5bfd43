// Registers every subcommand; each keeps its heavy imports inside its action so start-up stays fast.
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerList } from './list.js';
import { registerShow } from './show.js';
import { registerValidate } from './validate.js';

export function registerCommands(program: Command, ctx: CliContext): void {
  registerList(program, ctx);
  registerShow(program, ctx);
  registerValidate(program, ctx);
}
