// Vitest globalSetup: the whole run gets a temp folder of its own (TMPDIR, inherited by every worker
// and the processes tests spawn), and the run fails naming whatever a test left in it. Other
// programs' temp files on the same machine cannot make it fail, nor hide a leak.
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeDirs } from './spawn.js';

export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'roleplay-suite-'));
  // Traversable like /tmp: the PostgreSQL tests run initdb as another user in a folder inside it.
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => {
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    const left = readdirSync(root).sort();
    removeDirs([...left.map((name) => join(root, name)), root]);
    if (left.length === 0) return;
    // Vitest reports an error thrown here but still exits 0: the exit code is set by hand.
    process.exitCode = 1;
    throw new Error(`the test run left ${left.length} temp folder(s) behind: ${left.join(', ')}`);
  };
}
