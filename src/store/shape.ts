// Zod issues on a data line as one short phrase for a warning: the first problem and its path.
import type { z } from 'zod';
import { formatPath } from '../data-file.js';

export function shapeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const message = /received undefined$/.test(issue.message)
    ? 'is required'
    : issue.message.replace(/^Invalid input: /, '');
  const more = error.issues.length > 1 ? ` and ${error.issues.length - 1} more` : '';
  return `${formatPath(issue.path)}: ${message}${more}`;
}
