// Temp dirs a test file makes, each removed after its test (chmod'ed back first, so a test that
// made one read-only still leaves nothing behind).
import { chmodSync, rmSync } from 'node:fs';
import { afterEach } from 'vitest';
import { tempDir } from './spawn.js';

export function tempDirs(): (prefix?: string) => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) {
      try {
        chmodSync(dir, 0o755);
      } catch {
        // Already gone.
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return (prefix) => {
    const dir = tempDir(prefix);
    made.push(dir);
    return dir;
  };
}
