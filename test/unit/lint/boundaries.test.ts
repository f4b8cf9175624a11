/**
 * Tests of the renderer's boundary rules (eslint/boundaries.js): each rule refuses a bad import
 * and accepts a good one, aliases (`#renderer/…`) are resolved like relative paths, the
 * feature-loop rule reads a real folder of files, and the repository config switches them on.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import gridroom from '#eslint/layers.js';
import { clearFeatureGraphs, featureGraph, findPath } from '#eslint/boundaries.js';

const virtualRoot = path.resolve('/virtual/gridroom');
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Messages of one `gridroom/<rule>` for `code` placed at root-relative `file`. */
function lint(rule: string, file: string, code: string, root = virtualRoot): string[] {
  const config: Linter.Config[] = [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser as Linter.Parser },
      plugins: { gridroom },
      rules: { [`gridroom/${rule}`]: ['error', { root }] },
    },
  ];
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(code, config, { filename: path.join(root, file) });
  expect(
    messages.filter((m) => m.fatal),
    'the snippet must parse',
  ).toEqual([]);
  return messages.map((m) => m.message);
}

describe('gridroom/feature-face', () => {
  const file = 'renderer/features/board/BoardScreen.tsx';

  it('refuses a deep import into another feature, relative or aliased', () => {
    const messages = lint(
      'feature-face',
      file,
      "import { LevelTimeSlider } from '../grids/LevelTimeSlider';\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('features/board/ may import features/grids/ only through its index.ts');
    expect(
      lint('feature-face', file, "import { x } from '#renderer/features/grids/useLevelsAsOf';\n"),
    ).toHaveLength(1);
    expect(lint('feature-face', file, "export { x } from '../grids/useLevelsAsOf';\n")).toHaveLength(1);
  });

  it("accepts the other feature's index.ts and the feature's own files", () => {
    expect(lint('feature-face', file, "import { LevelTimeSlider } from '../grids';\n")).toEqual([]);
    expect(lint('feature-face', file, "import { x } from '#renderer/features/grids/index';\n")).toEqual([]);
    expect(lint('feature-face', file, "import { KpiTiles } from './KpiTiles';\n")).toEqual([]);
    expect(lint('feature-face', file, "import { useDb } from '#renderer/shared/DbContext';\n")).toEqual([]);
  });
});

describe('gridroom/no-app-import', () => {
  it('refuses renderer/app/ from features, shared code and sync', () => {
    const messages = lint(
      'no-app-import',
      'renderer/features/grids/GridsScreen.tsx',
      "import { routes } from '../../app/routes';\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('renderer/app/ is the entry point');
    expect(
      lint('no-app-import', 'renderer/shared/session.ts', "import { App } from '#renderer/app/App';\n"),
    ).toHaveLength(1);
    expect(
      lint('no-app-import', 'renderer/sync/syncClient.ts', "import { x } from '../app/Shell';\n"),
    ).toHaveLength(1);
  });

  it('accepts the entry point importing itself and features importing shared/', () => {
    expect(lint('no-app-import', 'renderer/app/App.tsx', "import { Shell } from './Shell';\n")).toEqual([]);
    expect(lint('no-app-import', 'renderer/main.tsx', "import { App } from './app/App';\n")).toEqual([]);
    expect(
      lint(
        'no-app-import',
        'renderer/features/grids/GridsScreen.tsx',
        "import { useDb } from '../../shared/DbContext';\n",
      ),
    ).toEqual([]);
  });
});

describe('gridroom/lower-layers', () => {
  it('refuses a feature import from sync/, shared/, station/, map/ and export/', () => {
    const messages = lint(
      'lower-layers',
      'renderer/sync/localWrite.ts',
      "import { writeErrorMessage } from '../features/roles/roleMessage';\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('renderer/sync/ sits below the features');
    for (const file of [
      'renderer/shared/session.ts',
      'renderer/station/kpis.ts',
      'renderer/map/x.ts',
      'renderer/export/toCsv.ts',
    ]) {
      expect(
        lint('lower-layers', file, "import { x } from '#renderer/features/signin';\n"),
        file,
      ).toHaveLength(1);
    }
  });

  it('accepts lower layers importing each other and common/', () => {
    expect(
      lint('lower-layers', 'renderer/sync/localWrite.ts', "import { db } from '../db/database';\n"),
    ).toEqual([]);
    expect(
      lint('lower-layers', 'renderer/station/kpis.ts', "import { x } from '#common/domain/coverage';\n"),
    ).toEqual([]);
    expect(
      lint('lower-layers', 'renderer/i18n/zh.ts', "import { signinZh } from './features/signin';\n"),
    ).toEqual([]);
  });
});

describe('gridroom/no-deep-relative', () => {
  it('refuses ../../../ and deeper', () => {
    const messages = lint(
      'no-deep-relative',
      'renderer/features/board/kpis.ts',
      "import { coverageRatio } from '../../../common/domain/coverage';\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("import it as '#common/domain/coverage'");
    expect(
      lint('no-deep-relative', 'test/unit/a/b.test.ts', "void import('../../../../server/app');\n"),
    ).toHaveLength(1);
  });

  it('accepts aliases and short relative paths', () => {
    const file = 'renderer/features/board/kpis.ts';
    expect(lint('no-deep-relative', file, "import { c } from '#common/domain/coverage';\n")).toEqual([]);
    expect(lint('no-deep-relative', file, "import { d } from '../../db/database';\n")).toEqual([]);
  });
});

describe('gridroom/no-feature-cycles', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'gridroom-cycles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function write(rel: string, code: string): void {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), code);
  }

  write('renderer/features/board/index.ts', "export { Board } from './Board';\n");
  write(
    'renderer/features/board/Board.tsx',
    "import { Slider } from '../grids';\nexport const Board = Slider;\n",
  );
  write('renderer/features/grids/index.ts', "export { Slider } from './Slider';\n");
  write('renderer/features/grids/Slider.tsx', 'export const Slider = 1;\n');
  write(
    'renderer/features/briefing/Deck.tsx',
    "import { Slider } from '#renderer/features/grids';\nexport const D = Slider;\n",
  );

  it('reads the feature graph from the files, aliases included', () => {
    clearFeatureGraphs();
    const graph = featureGraph(root);
    expect([...(graph.get('board') ?? [])]).toEqual(['grids']);
    expect([...(graph.get('briefing') ?? [])]).toEqual(['grids']);
    expect(findPath(graph, 'board', 'grids')).toEqual(['board', 'grids']);
    expect(findPath(graph, 'grids', 'board')).toBeNull();
  });

  it('refuses an import that closes a loop', () => {
    clearFeatureGraphs();
    const code = "import { Board } from '../board';\nexport const S = Board;\n";
    write('renderer/features/grids/Slider.tsx', code);
    const messages = lint('no-feature-cycles', 'renderer/features/grids/Slider.tsx', code, root);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('grids → board → grids');
    write('renderer/features/grids/Slider.tsx', 'export const Slider = 1;\n');
  });

  it('accepts an import with no way back', () => {
    clearFeatureGraphs();
    const code = "import { Slider } from '#renderer/features/grids';\nexport const D = Slider;\n";
    expect(lint('no-feature-cycles', 'renderer/features/briefing/Deck.tsx', code, root)).toEqual([]);
  });

  it('finds no loop between the repository’s own features', () => {
    const graph = featureGraph(repoRoot);
    expect(graph.size).toBeGreaterThan(10);
    const loops = [...graph].flatMap(([from, tos]) =>
      [...tos].map((to) => findPath(graph, to, from)).filter((route) => route !== null),
    );
    expect(loops).toEqual([]);
  });
});

describe('the repository config', () => {
  it('switches every boundary rule on', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const config = (await eslint.calculateConfigForFile(
      path.join(repoRoot, 'renderer/features/board/X.tsx'),
    )) as {
      rules: Record<string, unknown>;
    };
    for (const rule of [
      'feature-face',
      'no-app-import',
      'lower-layers',
      'no-feature-cycles',
      'no-deep-relative',
      'households-visits',
    ]) {
      expect(config.rules[`gridroom/${rule}`], rule).toBeDefined();
    }
  });
});
