/**
 * Tests of `gridroom/households-visits` (eslint/householdsVisits.js): the renderer reaches the
 * households and visits tables only through renderer/db/householdsAndVisits.ts. The rule refuses
 * the ways code has read them (member, bracket, `this.db.…`, `.table('…')`), lets the repository
 * and the database declaration through, and the repository's own renderer passes it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import gridroom from '#eslint/layers.js';

const root = path.resolve('/virtual/gridroom');
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function lint(file: string, code: string): string[] {
  const config: Linter.Config[] = [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser as Linter.Parser },
      plugins: { gridroom },
      rules: { 'gridroom/households-visits': ['error', { root }] },
    },
  ];
  const messages = new Linter({ cwd: root }).verify(code, config, { filename: path.join(root, file) });
  expect(messages.filter((m) => m.fatal), 'the snippet must parse').toEqual([]);
  return messages.map((m) => m.message);
}

const feature = 'renderer/features/sweeps/sweepQueries.ts';

describe('gridroom/households-visits', () => {
  it.each([
    ['a member read', 'const rows = await db.households.toArray();', 'households'],
    ['a transaction’s table', "await tx.visits.where('gridId').equals(g).toArray();", 'visits'],
    ['a bracket read', "const n = await db['visits'].count();", 'visits'],
    ['through this', 'const n = await this.db.households.count();', 'households'],
    ['a named database', 'const n = await cacheDb.visits.count();', 'visits'],
    ['a scope list', "await db.transaction('r', [db.grids, db.households], () => 0);", 'households'],
    ['a table by literal name', "const t = db.table('visits');", 'visits'],
  ])('refuses %s', (_what, code, table) => {
    const messages = lint(feature, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`read '${table}' through #renderer/db/householdsAndVisits`);
  });

  it('accepts the repository, fields of the same name, other tables and dynamic names', () => {
    expect(lint(feature, 'const rows = await householdsOfGrids(db, ids);')).toEqual([]);
    expect(lint(feature, 'const n = kpis.households + touched.visits.size + row.visits;')).toEqual([]);
    expect(lint(feature, 'const rows = await db.grids.toArray();')).toEqual([]);
    expect(lint(feature, "const t = db.table('meta');")).toEqual([]);
    expect(lint(feature, 'const t = rowTable(db, entity);')).toEqual([]);
    expect(lint('renderer/db/uniqueKeys.ts', 'const t = down.table(name);')).toEqual([]);
  });

  it('refuses a table named at run time, which may be either of the two', () => {
    for (const code of [
      'const t = db.table(entity);',
      'const row = await tx.table(c.entity).get(id);',
      'const t = this.db.table<SyncRow, string>(name);',
    ]) {
      const messages = lint('renderer/sync/dexieLocalStore.ts', code);
      expect(messages, code).toHaveLength(1);
      expect(messages[0]).toContain('through #renderer/db/rowTables (rowTable)');
    }
    expect(lint('renderer/db/rowTables.ts', 'const t = db.table(entity);')).toEqual([]);
  });

  it('lets the owners of the two tables read them, and applies to the renderer only', () => {
    const read = 'const rows = await db.households.toArray();';
    expect(lint('renderer/db/householdsAndVisits.ts', read)).toEqual([]);
    expect(lint('renderer/db/database.ts', read)).toEqual([]);
    expect(lint('renderer/db/rowTables.ts', read)).toEqual([]);
    expect(lint('test/browser/fixtures.ts', read)).toEqual([]);
    expect(lint('renderer/db/writeDataset.ts', read)).toHaveLength(1);
  });

  // CI runs no lint: this is where the boundary is held on every run (the repository config
  // switching the rule on is checked in boundaries.test.ts).
  it('holds over the whole renderer', async () => {
    const eslint = new ESLint({
      cwd: repoRoot,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.{ts,tsx}'],
          languageOptions: { parser: tseslint.parser as Linter.Parser },
          plugins: { gridroom },
          rules: { 'gridroom/households-visits': ['error', { root: repoRoot }] },
        },
      ],
    });
    const results = await eslint.lintFiles(['renderer/**/*.{ts,tsx}']);
    const found = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'gridroom/households-visits')
        .map((m) => `${path.relative(repoRoot, r.filePath)}:${m.line}`),
    );
    expect(found).toEqual([]);
    expect(results.length).toBeGreaterThan(100);
  }, 120_000);
});
