// Runs in every test file (vitest setupFiles): whatever tempDir() made is gone when the file ends,
// whether or not the test that made it cleaned up. Registered first, so it runs after the file's own
// afterAll hooks (servers stopped, children killed).
import { afterAll } from 'vitest';
import { removeTempDirs } from './spawn.js';

afterAll(removeTempDirs);
