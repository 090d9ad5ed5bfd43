// Build step: validates the built-in scenarios and writes dist/scenario-index.json for fast start-up.
import { BUILT_IN_DIR, loadLibrary } from '../dist/scenario/library.js';
import { writeBuiltInIndex } from '../dist/scenario/built-in-index.js';

try {
  const library = await loadLibrary([], BUILT_IN_DIR);
  await writeBuiltInIndex(BUILT_IN_DIR, library.all);
} catch (e) {
  // An invalid built-in scenario must not break `npm ci`; the CLI reports it when used.
  console.error(`scenario index not written: ${e.message}`);
  for (const p of e.problems ?? []) console.error(`  ${p}`);
}
