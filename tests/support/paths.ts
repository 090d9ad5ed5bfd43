// Paths tests share: the repo root, the built binary, and ../shared (absent in a user's clone).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BIN = resolve(ROOT, 'bin/roleplay.js');
export const SHARED = resolve(ROOT, '../shared');
export const hasShared = existsSync(SHARED);
