/**
 * Tests of the `gridroom/literal-i18n-keys` lint rule (eslint/i18nKeys.js): a key built at run
 * time or cast to MessageKey is refused, a literal key or a lookup in a literal table passes,
 * and the repository's eslint.config.js applies the rule to the renderer.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import gridroom from '#eslint/layers.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const config: Linter.Config[] = [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { gridroom },
    rules: { 'gridroom/literal-i18n-keys': 'error' },
  },
];

function lint(code: string): string[] {
  const messages = new Linter({ cwd: '/virtual' }).verify(code, config, {
    filename: '/virtual/renderer/x.tsx',
  });
  expect(
    messages.filter((m) => m.fatal),
    'the snippet must parse',
  ).toEqual([]);
  return messages.map((m) => m.message);
}

describe('gridroom/literal-i18n-keys', () => {
  it('refuses a key built from a template and cast', () => {
    const messages = lint('t(`level.${level}` as MessageKey);\n');
    expect(messages.some((m) => m.includes('not a cast'))).toBe(true);
    expect(messages.some((m) => m.includes('do not cast to MessageKey'))).toBe(true);
  });

  it('refuses a template key even without a cast, and on ctx.t', () => {
    expect(lint('t(`level.${level}`);\n')).toEqual([expect.stringContaining('not a template with ${…}')]);
    expect(lint('ctx.t(`audit.entity.${e}`);\n')).toHaveLength(1);
  });

  it('refuses a concatenated key, also inside a conditional', () => {
    expect(lint("t('sync.error.' + kind);\n")).toEqual([expect.stringContaining('not a + concatenation')]);
    expect(lint("t(ok ? 'a.b' : 'sync.error.' + kind);\n")).toHaveLength(1);
  });

  it('refuses casts and guards to MessageKey anywhere', () => {
    expect(lint('const k = key as MessageKey | undefined;\n')).toHaveLength(1);
    expect(lint('const m = table as Record<string, MessageKey>;\n')).toHaveLength(1);
    expect(lint('const is = (k: string): k is MessageKey => k in zh;\n')).toEqual([
      expect.stringContaining('guard'),
    ]);
  });

  it('accepts a literal key, a plain template, and a lookup in a literal table', () => {
    expect(lint("t('level.sealed');\n")).toEqual([]);
    expect(lint("t('sync.enrolFailed', { reason: t(syncErrorKey[kind]) });\n")).toEqual([]);
    expect(lint('t(`level.sealed`);\n')).toEqual([]);
    expect(lint("t(ok ? 'a.b' : 'a.c');\n")).toEqual([]);
    expect(
      lint("const levelKey = { sealed: 'level.sealed' } as const satisfies Record<Level, MessageKey>;\n"),
    ).toEqual([]);
  });

  it('leaves other functions and other casts alone', () => {
    expect(lint('fetch(`/api/${id}`);\n')).toEqual([]);
    expect(lint('const x = y as string;\n')).toEqual([]);
  });

  it('is switched on for renderer/ by the repository config', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const file = path.join(repoRoot, 'renderer/features/x/Built.tsx');
    const [result] = await eslint.lintText(
      'export const f = (t: (k: string) => string, k: string) => t(`level.${k}`);\n',
      {
        filePath: file,
      },
    );
    expect(result?.messages.map((m) => m.ruleId)).toContain('gridroom/literal-i18n-keys');
  });
});
