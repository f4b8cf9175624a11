/**
 * The hardened packaging config (electron-builder.yml, issue 17): it passes electron-builder's
 * own schema, flips the six fuses, packs into app.asar only the built output (no sources, tests
 * or maps — the `files` globs are run through electron-builder's own FileMatcher against a
 * fixture tree and, once `npm run build` has run, the real dist/), builds the Chinese
 * per-machine-capable NSIS installer, AppImage and deb with ASCII file names, and publishes to
 * the generic provider that main re-points at the centre.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build as esbuild } from 'esbuild';
import { mainBuildOptions } from '#scripts/build';
import { repoRoot } from '#scripts/paths';

// electron-builder's own modules (its dependencies, present wherever `npm run dist` works)
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as {
  FileMatcher: new (
    from: string,
    to: string,
    expand: (s: string) => string,
    patterns: string[],
  ) => { createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean };
};

interface BuilderConfig {
  productName: string;
  executableName: string;
  artifactName: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  publish: { provider: string; url: string }[];
  nsis: Record<string, unknown>;
  win: { target: { target: string }[] };
  linux: { target: string[] };
}

let config: BuilderConfig;
beforeAll(async () => {
  config = yaml.load(await readFile(path.join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
});

/** Every file electron-builder's matcher would take from `root` with the config's `files`. */
async function packedFiles(root: string, patterns: string[]): Promise<string[]> {
  const filter = new FileMatcher(root, '/packed', (s) => s, patterns).createFilter();
  const packed: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = path.join(dir, entry.name);
      const info = await stat(full);
      if (!filter(full, info)) continue;
      if (info.isDirectory()) await walk(full);
      else packed.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  await walk(root);
  return packed.sort();
}

const unwanted =
  /\.(ts|tsx|map)$|\.(test|spec)\.|(^|\/)(test|tests|node_modules)\/|^(main|renderer|server|common|scripts|preload)\//;

describe('electron-builder.yml', () => {
  it("passes electron-builder 26.17.0's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the six fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs into app.asar', () => {
    expect(config.asar).toBe(true);
  });

  it('names the product 网格态势室 and keeps the executable and artifact names ASCII', () => {
    expect(config.productName).toBe('网格态势室');
    expect(config.executableName).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/);
    expect(String(config.nsis.artifactName)).toMatch(/^[\x20-\x7e]+$/);
  });

  it('builds an assisted NSIS installer whose page offers per-machine, in Chinese', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false, // with oneClick false: the install-mode page lets IT choose
      selectPerMachineByDefault: true,
      allowElevation: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
  });

  it('builds AppImage and deb for Linux', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('publishes to a generic provider (its URL is replaced at run time)', () => {
    expect(config.publish).toEqual([
      {
        provider: 'generic',
        url: expect.stringMatching(/^https:\/\/[^/]+\.invalid\/api\/v1\/updates\/stable$/),
      },
    ]);
  });

  it('keeps every runtime library bundled: package.json has no dependencies to pack', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg.dependencies).toBeUndefined();
    expect(Object.keys(pkg.optionalDependencies as object)).toEqual(['electron']);
  });

  it('main is one bundle: it requires only Node built-ins and electron (electron-updater inlined)', async () => {
    // Bundled here, as `npm run build` does, so the check never depends on a stale dist/.
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-main-'));
    const outfile = path.join(outDir, 'index.cjs');
    await esbuild({ ...mainBuildOptions(outfile), sourcemap: false });
    const bundle = await readFile(outfile, 'utf8');
    await rm(outDir, { recursive: true, force: true });
    const required = new Set([...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect([...required].filter((name) => name !== 'electron' && !builtins.has(name))).toEqual([]);
    expect(bundle).toContain('NsisUpdater'); // electron-updater's own code is inside
  }, 60_000);

  describe('files', () => {
    let fixture: string;
    beforeAll(async () => {
      fixture = await mkdtemp(path.join(os.tmpdir(), 'gridroom-pack-'));
      const files = [
        'package.json',
        'dist/main/index.cjs',
        'dist/main/index.cjs.map',
        'dist/preload/index.cjs',
        'dist/preload/index.cjs.map',
        'dist/renderer/index.html',
        'dist/renderer/assets/index-abc.js',
        'dist/renderer/assets/index-abc.js.map',
        'dist/renderer/assets/index-abc.css',
        'dist/renderer/assets/stray.ts',
        'dist/renderer/assets/types.d.ts',
        'dist/renderer/test/leftover.js',
        'dist/renderer/assets/a.spec.js',
        'main/index.ts',
        'renderer/app/App.tsx',
        'test/unit/x.test.ts',
        'server/main.ts',
        'node_modules/zod/index.js',
        'docs/architecture.md',
        'test/fixtures/update/test-only-private.pem',
      ];
      for (const file of files) {
        await mkdir(path.dirname(path.join(fixture, file)), { recursive: true });
        await writeFile(path.join(fixture, file), 'x');
      }
    });
    afterAll(async () => {
      await rm(fixture, { recursive: true, force: true });
    });

    it('take only the built output and package.json from a fixture tree', async () => {
      expect(await packedFiles(fixture, config.files)).toEqual([
        'dist/main/index.cjs',
        'dist/preload/index.cjs',
        'dist/renderer/assets/index-abc.css',
        'dist/renderer/assets/index-abc.js',
        'dist/renderer/index.html',
        'package.json',
      ]);
    });

    it('take no source, test or map from the real tree', async () => {
      const packed = await packedFiles(repoRoot, config.files);
      expect(packed).toContain('package.json');
      expect(packed.filter((file) => unwanted.test(file))).toEqual([]);
      expect(packed.every((file) => file === 'package.json' || file.startsWith('dist/'))).toBe(true);
    });
  });
});
