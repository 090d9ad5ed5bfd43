// Replies cached by sha256(model, prompt messages), so re-running a batch costs no model calls.
// Files are written atomically: a crash never leaves half a reply for the next run to read.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import type { ChatMessage } from './prompt.js';

export interface ReplyCache {
  get(key: string): Promise<string | undefined>;
  put(key: string, reply: { model: string; text: string }): Promise<void>;
}

const Entry = z.object({ v: z.literal(1), model: z.string(), text: z.string().min(1) });

/** Same model and same messages (persona, state, move, whole conversation) → same key. */
export function cacheKey(model: string, messages: readonly ChatMessage[]): string {
  return createHash('sha256')
    .update(JSON.stringify([model, messages]))
    .digest('hex');
}

/** `dir` is ROLEPLAY_HOME/cache/llm; an unreadable or foreign file counts as a miss. */
export function createFileCache(dir: string): ReplyCache {
  const file = (key: string) => join(dir, `${key}.json`);
  return {
    async get(key) {
      try {
        const parsed = Entry.safeParse(JSON.parse(await readFile(file(key), 'utf8')));
        return parsed.success ? parsed.data.text : undefined;
      } catch {
        return undefined;
      }
    },
    async put(key, { model, text }) {
      await mkdir(dir, { recursive: true });
      await writeFileAtomic(file(key), `${JSON.stringify({ v: 1, model, text })}\n`);
    },
  };
}
