// Reads what `eval` needs from outside: a folder of labeled conversations and, with --acts, their
// `.acts.json` annotations; every problem at once, in file-name order.
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFsError, readDataFile, type Parsed } from '../data-file.js';
import { InvalidInputError } from '../errors.js';
import { parseActs, parseLabeled, type LabeledConversation } from '../eval/index.js';
import type { CliContext } from './context.js';

const ACTS_SUFFIX = '.acts.json';
const HINT = 'a labeled folder holds <id>.json files (and <id>.acts.json with --acts); see `roleplay eval --help`';

/** Data files, sorted; names starting with . or _ are notes or editor files, not conversations. */
async function listFolder(ctx: CliContext, dir: string): Promise<string[]> {
  const path = resolve(ctx.cwd, dir);
  try {
    const info = await stat(path);
    if (!info.isDirectory()) {
      throw new InvalidInputError(
        `expected a folder of labeled conversations, got ${info.isFile() ? 'a file' : 'a FIFO, device or socket'}`,
        [],
        dir,
        HINT,
      );
    }
    return (await readdir(path)).filter((n) => n.endsWith('.json') && !/^[._]/.test(n)).sort();
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError(`cannot read labeled folder: ${describeFsError(e)}`, [], dir);
  }
}

const isActsFile = (name: string): boolean => name.endsWith(ACTS_SUFFIX);
/** Shown with forward slashes, relative as the user typed the folder. */
const shown = (dir: string, name: string): string => join(dir, name).split('\\').join('/');

/** The gold acts of `conversation` from its `<id>.acts.json`, checked against its turns. */
async function readActs(ctx: CliContext, dir: string, conversation: LabeledConversation): Promise<Parsed<string[][]>> {
  const name = `${conversation.id}${ACTS_SUFFIX}`;
  const file = shown(dir, name);
  const data = await readDataFile(resolve(ctx.cwd, dir, name), undefined, file);
  return data.ok ? parseActs(data.value, file, conversation) : data;
}

/** Every labeled conversation in `dir`, with its gold acts when `acts` is set; throws exit 3 listing every problem. */
export async function readLabeledFolder(
  ctx: CliContext,
  dir: string,
  o: { acts: boolean },
): Promise<LabeledConversation[]> {
  const names = await listFolder(ctx, dir);
  const labeled = names.filter((n) => !isActsFile(n));
  if (labeled.length === 0)
    throw new InvalidInputError('no labeled conversations (<id>.json files) in this folder', [], dir, HINT);
  const problems: string[] = [];
  const annotated = new Set(o.acts ? names.filter(isActsFile) : []);
  const conversations: LabeledConversation[] = [];
  for (const name of labeled) {
    const id = name.slice(0, -'.json'.length);
    const file = shown(dir, name);
    const data = await readDataFile(resolve(ctx.cwd, dir, name), undefined, file);
    const parsed = data.ok ? parseLabeled(data.value, file, id) : data;
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    if (annotated.has(`${id}${ACTS_SUFFIX}`)) {
      const acts = await readActs(ctx, dir, parsed.value);
      if (acts.ok) parsed.value.acts = acts.value;
      else problems.push(...acts.problems);
    }
    conversations.push(parsed.value);
  }
  for (const name of annotated) {
    const id = name.slice(0, -ACTS_SUFFIX.length);
    if (!labeled.includes(`${id}.json`)) problems.push(`${shown(dir, name)}: no ${id}.json next to it to annotate`);
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      `${problems.length} problem(s) in the labeled files; nothing was scored`,
      problems,
      dir,
      HINT,
    );
  }
  return conversations;
}
