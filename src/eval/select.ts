// Picks the conversations of some authors, for `--author`: each author's files alone.
import type { LabeledConversation } from './types.js';

/** Authors match without regard to case; an empty list keeps everything. */
export function selectAuthors(
  conversations: readonly LabeledConversation[],
  authors: readonly string[],
): LabeledConversation[] {
  if (authors.length === 0) return [...conversations];
  const wanted = new Set(authors.map((a) => a.toUpperCase()));
  return conversations.filter((c) => wanted.has(c.author.toUpperCase()));
}
