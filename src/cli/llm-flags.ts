// The llm engine's flags, shared by the commands that can use it; light, since every command's
// definition loads it at start-up.
import type { Command } from 'commander';

/** The flags as commander parses them (`--no-x` gives `x: false`). */
export interface LlmFlags {
  fallback?: boolean;
  llmTimeout?: string;
  cache?: boolean;
}

export function addLlmOptions(cmd: Command, o: { cache?: boolean } = {}): Command {
  cmd
    .option(
      '--no-fallback',
      'with the llm HCP: exit 5 when the model server fails, instead of using the scripted reply',
    )
    .option(
      '--llm-timeout <s>',
      'with the llm HCP: seconds to wait for each reply (default 30; also ROLEPLAY_LLM_TIMEOUT)',
    );
  if (o.cache) cmd.option('--no-cache', 'with the llm HCP: ask the model again instead of reusing cached replies');
  return cmd;
}
