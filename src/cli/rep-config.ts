// Who practices on this machine, asked once in the REPL and kept in <data dir>/config.json (issue 18),
// so a trainer's report names the rep without a --rep on every run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { parseRep } from './flags.js';

const ConfigSchema = z.object({
  /** The rep's name; null once they chose to skip, so they are not asked again. */
  rep: z.string().nullable().optional(),
});
export type Config = z.infer<typeof ConfigSchema>;

export const configFile = (root: string): string => join(root, 'config.json');

/** The saved config; a missing or unreadable file is an empty one (the prompt will simply ask again). */
export async function readConfig(root: string): Promise<Config> {
  try {
    const parsed = ConfigSchema.safeParse(JSON.parse(await readFile(configFile(root), 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export async function saveConfig(root: string, config: Config): Promise<void> {
  await writeFileAtomic(configFile(root), `${JSON.stringify(config, null, 2)}\n`);
}

export interface RepSources {
  flag?: string;
  env: Readonly<Record<string, string | undefined>>;
  config: Config;
  /** Asks for a name on a terminal; undefined when nobody can be asked (piped input). */
  ask?: () => Promise<string>;
}

function savedName(raw: string): string | undefined {
  try {
    return parseRep(raw, {});
  } catch {
    return undefined;
  }
}

/**
 * --rep, else ROLEPLAY_REP, else the saved name, else ask once on a terminal and remember the answer
 * (an empty answer is remembered as "skip"). Returns the name and the config to save, if it changed.
 */
export async function resolveRep(s: RepSources): Promise<{ rep?: string; save?: Config }> {
  const given = parseRep(s.flag, s.env);
  if (given !== undefined) return { rep: given };
  if (typeof s.config.rep === 'string') {
    // A hand-edited name a terminal would act on is not used, and the rep is asked again.
    const saved = savedName(s.config.rep);
    if (saved !== undefined) return { rep: saved };
  }
  if (s.config.rep === null || s.ask === undefined) return {};
  const answer = (await s.ask()).trim();
  if (answer === '') return { save: { ...s.config, rep: null } };
  const rep = parseRep(answer, {});
  return { ...(rep !== undefined ? { rep } : {}), save: { ...s.config, rep: rep ?? null } };
}
