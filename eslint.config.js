// Lint: ESLint's and typescript-eslint's recommended rules (syntax only, no type information, so a
// run stays within seconds), plus the layer rules of docs/architecture.md.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layerMessage = 'import another layer through its index.ts (docs/architecture.md, "Layers")';
const cliOnlyMessage = 'only src/cli uses command-line libraries and `process` (docs/architecture.md, "Layers")';
const cliLibraries = ['commander', '@inquirer/prompts', '@inquirer/core', 'ora', 'node:process', 'process'];

/** A relative import that climbs `up` folders out of the importing file's layer into a module other than a layer's index.ts. */
function intoLayer(up) {
  const climb = up === 0 ? '\\./' : `(\\.\\./){${up}}`;
  return { regex: `^${climb}[^./][^/]*/(?!index\\.js$)`, message: layerMessage };
}

/** Flat config replaces a rule's options rather than merging them: one complete setting per folder depth. */
function layerRules(depth, { cli }) {
  const paths = cli ? [] : cliLibraries.map((name) => ({ name, message: cliOnlyMessage }));
  return { 'no-restricted-imports': ['error', { patterns: [intoLayer(depth)], paths }] };
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Stripping terminal control characters from untrusted text is this program's job.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  // Tests read HTTP bodies of whatever shape the server sent.
  { files: ['tests/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['src/*.ts'], rules: layerRules(0, { cli: false }) },
  { files: ['src/*/*.ts'], rules: layerRules(1, { cli: false }) },
  { files: ['src/*/*/*.ts'], rules: layerRules(2, { cli: false }) },
  { files: ['src/cli/*.ts'], rules: layerRules(1, { cli: true }) },
  { files: ['src/cli/*/*.ts'], rules: layerRules(2, { cli: true }) },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'process', message: cliOnlyMessage }] },
  },
);
