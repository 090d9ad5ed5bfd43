// The rp-1 scorer, built once from git history, so the scoring bench can time it on the same
// input as the current scorer and print the ratio. Cached under node_modules/.cache; needs git.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The last commit whose scorer was rp-1 (before the understanding layer replaced it). */
export const RP1_COMMIT = '19a72b1';

/** Loads rp-1's `scoring/index.js`, building it on first use; undefined with the reason when it cannot. */
export async function loadRp1(root) {
  const dir = join(root, 'node_modules/.cache/roleplay-rp1', RP1_COMMIT);
  const entry = join(dir, 'dist/scoring/index.js');
  try {
    if (!existsSync(entry)) {
      mkdirSync(dir, { recursive: true });
      const tar = execFileSync(
        'git',
        ['-C', root, 'archive', RP1_COMMIT, 'src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
        { maxBuffer: 64 << 20 },
      );
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
      if (!existsSync(join(dir, 'node_modules')))
        symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.build.json')],
        { stdio: 'pipe' },
      );
    }
    return { module: await import(pathToFileURL(entry).href) };
  } catch (e) {
    return {
      reason: `rp-1 could not be built from git commit ${RP1_COMMIT}: ${String(e.message ?? e).split('\n')[0]}`,
    };
  }
}
