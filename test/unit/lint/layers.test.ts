/**
 * Tests of the `gridroom/layers` lint rule (eslint/layers.js): wrong imports across the layers
 * of docs/architecture.md §1 fail from any depth, allowed ones pass, and the repository's own
 * eslint.config.js wires the rule in.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import gridroom from '#eslint/layers.js';

const virtualRoot = path.resolve('/virtual/gridroom');
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const config: Linter.Config[] = [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser as Linter.Parser },
    plugins: { gridroom },
    rules: { 'gridroom/layers': ['error', { root: virtualRoot }] },
  },
];

/** Messages of the layers rule for `code` placed at root-relative `file`. */
function lint(file: string, code: string): string[] {
  const linter = new Linter({ cwd: virtualRoot });
  const messages = linter.verify(code, config, { filename: path.join(virtualRoot, file) });
  const fatal = messages.filter((m) => m.fatal);
  expect(fatal, 'the snippet must parse').toEqual([]);
  return messages.map((m) => m.message);
}

describe('gridroom/layers', () => {
  it('fails a renderer file importing the server', () => {
    const messages = lint('renderer/map/MapView.ts', "import { db } from '../../server/db';\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('gridroom/layers');
    expect(messages[0]).toContain('renderer/ may import only renderer/, common/');
    expect(messages[0]).toContain("'../../server/db' reaches server/");
  });

  it('fails a renderer file importing the main process', () => {
    expect(lint('renderer/map/MapView.ts', "import { x } from '../../main/x';\n")).toHaveLength(1);
  });

  it('fails common importing the renderer', () => {
    const messages = lint(
      'common/schemas/grid.ts',
      "import { palette } from '../../renderer/theme/palette';\n",
    );
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('common/ may import only common/');
  });

  it('passes a renderer file importing common', () => {
    expect(lint('renderer/map/MapView.ts', "import { gridSchema } from '../../common/schemas';\n")).toEqual(
      [],
    );
  });

  it('passes the server importing common', () => {
    expect(
      lint('server/routes/grids.ts', "import { gridSchema } from '../../common/schemas/grid';\n"),
    ).toEqual([]);
  });

  it('fails main importing the renderer or the server', () => {
    expect(lint('main/index.ts', "import { App } from '../renderer/App';\n")).toHaveLength(1);
    expect(lint('main/ipc/handlers.ts', "import { start } from '../../server/app';\n")).toHaveLength(1);
  });

  it('catches re-exports, dynamic imports, require and import types', () => {
    const file = 'renderer/app/shell.ts';
    expect(lint(file, "export { db } from '../../server/db';\n")).toHaveLength(1);
    expect(lint(file, "export * from '../../server/db';\n")).toHaveLength(1);
    expect(lint(file, "void import('../../main/menu');\n")).toHaveLength(1);
    expect(lint(file, "const m = require('../../main/menu');\nvoid m;\n")).toHaveLength(1);
    expect(lint(file, "let d: import('../../server/db').Db;\nvoid d;\n")).toHaveLength(1);
  });

  it('resolves relative paths from any depth', () => {
    const deep = 'renderer/features/grid/GridTable.tsx';
    expect(lint(deep, "import { db } from '../../../server/db';\n")).toHaveLength(1);
    // From this depth '../../server' stays inside renderer/, so it is the renderer's own code.
    expect(lint(deep, "import { db } from '../../server/db';\n")).toEqual([]);
    expect(lint('main/ipc/report/export.ts', "import { App } from '../../../renderer/App';\n")).toHaveLength(
      1,
    );
  });

  it('resolves #folder/… aliases like relative paths', () => {
    expect(lint('renderer/map/MapView.ts', "import { db } from '#server/db';\n")).toHaveLength(1);
    expect(lint('renderer/map/MapView.ts', "import { gridSchema } from '#common/schemas';\n")).toEqual([]);
  });

  it('catches absolute paths and paths that wander out and back in', () => {
    const file = 'renderer/app/shell.ts';
    expect(lint(file, `import { db } from '${virtualRoot}/server/db';\n`)).toHaveLength(1);
    expect(lint(file, "import { db } from '../../common/../server/db';\n")).toHaveLength(1);
  });

  it('lets the renderer import the preload API declaration for types only', () => {
    const file = 'renderer/app/api.ts';
    expect(lint(file, "import type { GridroomApi } from '../../preload/api';\n")).toEqual([]);
    expect(lint(file, "import { type GridroomApi } from '../../preload/api.d.ts';\n")).toEqual([]);
    expect(lint(file, "let a: import('../../preload/api').GridroomApi;\nvoid a;\n")).toEqual([]);
    expect(lint(file, "import { api } from '../../preload/api';\n")).toHaveLength(1);
    expect(lint(file, "import type { Bridge } from '../../preload/index';\n")).toHaveLength(1);
  });

  it('keeps test, script and bench code out of the layers', () => {
    expect(lint('server/app.ts', "import { seed } from '../scripts/demo/seed';\n")).toHaveLength(1);
    expect(lint('renderer/db/db.ts', "import { fixture } from '../../test/fixtures/grids';\n")).toHaveLength(
      1,
    );
  });

  it('leaves packages, own-layer imports, assets and unlayered folders alone', () => {
    expect(lint('renderer/map/view.ts', "import maplibre from 'maplibre-gl';\n")).toEqual([]);
    expect(lint('renderer/map/view.ts', "import { layer } from '../charts/layer';\n")).toEqual([]);
    expect(lint('renderer/map/view.ts', "import basemap from '../../assets/basemap/style.json';\n")).toEqual(
      [],
    );
    expect(lint('scripts/start.ts', "import { start } from '../server/app';\n")).toEqual([]);
    expect(lint('test/e2e/grid.spec.ts', "import { db } from '../../server/db';\n")).toEqual([]);
    expect(lint('bench/sync.ts', "import { merge } from '../renderer/sync/merge';\n")).toEqual([]);
  });

  it('is switched on by the repository config', async () => {
    const eslint = new ESLint({ cwd: repoRoot });
    const [result] = await eslint.lintText("import { db } from '../../server/db';\nexport const x = db;\n", {
      filePath: path.join(repoRoot, 'renderer/map/Example.ts'),
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('gridroom/layers');
  });
});
