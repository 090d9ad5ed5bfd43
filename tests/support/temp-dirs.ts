// Temp dirs removed after each test rather than at the end of the file (tempDir's own cleanup).
import { afterEach } from 'vitest';
import { removeDirs, tempDir } from './spawn.js';

export function tempDirs(): (prefix?: string) => string {
  const made: string[] = [];
  afterEach(() => removeDirs(made.splice(0)));
  return (prefix) => {
    const dir = tempDir(prefix);
    made.push(dir);
    return dir;
  };
}
