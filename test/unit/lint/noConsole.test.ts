/**
 * `no-console` in the repository's eslint.config.js: app code (renderer, main, preload, server,
 * common) must log through the scoped logger; command-line tools (scripts/, bench/, the
 * server's start banner) and tests may print, because printing is their output.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const code = "console.log('hello');\nexport const x = 1;\n";

async function rules(file: string): Promise<(string | null)[]> {
  const eslint = new ESLint({ cwd: repoRoot });
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, file) });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

describe('no-console', () => {
  it.each(['renderer/features/sync/Example.tsx', 'main/Example.ts', 'server/routes/Example.ts', 'common/sync/Example.ts'])(
    'refuses console in %s',
    async (file) => {
      expect(await rules(file)).toContain('no-console');
    },
  );

  it.each(['scripts/Example.ts', 'bench/Example.ts', 'test/e2e/Example.spec.ts', 'server/main.ts'])(
    'allows console in %s',
    async (file) => {
      expect(await rules(file)).not.toContain('no-console');
    },
  );
});
