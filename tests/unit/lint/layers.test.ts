// The layer rules of eslint.config.js reject a deliberately bad file, so the rules are known to work.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.js';

const fixture = readFileSync(`${ROOT}/tests/fixtures/lint/bad-import.ts`, 'utf8');

/** `rule` at `line` for each problem ESLint finds in `code` placed at `asFile`. */
async function problems(asFile: string, code = fixture): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintText(code, { filePath: `${ROOT}/${asFile}` });
  return result!.messages.map((m) => `${m.line}: ${m.ruleId}`);
}

describe('layer rules', () => {
  it('reject a core file reaching past another layer’s index.ts, importing commander and reading process', async () => {
    expect(await problems('src/server/bad-import.ts')).toEqual([
      '2: no-restricted-imports',
      '4: no-restricted-imports',
      '6: no-restricted-globals',
    ]);
  });

  it('reject the same reach from a folder inside a layer', async () => {
    const deeper = fixture.replaceAll("'../session/", "'../../session/");
    expect(await problems('src/hcp/llm/bad-import.ts', deeper)).toEqual([
      '2: no-restricted-imports',
      '4: no-restricted-imports',
      '6: no-restricted-globals',
    ]);
  });

  it('let the CLI import commander and read process, but not past a layer’s index.ts', async () => {
    expect(await problems('src/cli/bad-import.ts')).toEqual(['2: no-restricted-imports']);
  });
});
