/**
 * `npm run build`: the renderer with vite (vite.config.ts → dist/renderer), then main and
 * preload with esbuild into single CommonJS files (dist/main/index.cjs, dist/preload/index.cjs).
 * CommonJS because package.json is "type": "module" yet a sandboxed preload must be one CJS
 * file, and main follows suit; `electron` stays external (it is the runtime, not a library).
 * Usable as a module: start.ts and the Electron e2e call the parts they need.
 */
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isEntryPoint, mainOutFile, preloadOutFile, repoRoot, viteConfigFile } from './paths';

/** Electron 44 ships a Chromium ≥ 140 and Node ≥ 22; these targets are safely below both. */
const mainTarget = 'node22';
const preloadTarget = 'chrome130';

export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: viteConfigFile, root: path.join(repoRoot, 'renderer'), logLevel: 'warn' });
}

/**
 * The publisher's public key main pins (main/update/pinnedKey.ts), from
 * assets/update/publisher-public-key.txt; a build without the file updates nothing.
 */
export function publisherKeyForBuild(root = repoRoot): string {
  const file = path.join(root, 'assets', 'update', 'publisher-public-key.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

const sharedNodeOptions: BuildOptions = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: repoRoot,
};

/** How main is bundled (also used by the build config test, into a folder of its own). */
export function mainBuildOptions(outfile = mainOutFile): BuildOptions {
  return {
    ...sharedNodeOptions,
    entryPoints: ['main/index.ts'],
    outfile,
    platform: 'node',
    target: mainTarget,
    define: { __GRIDROOM_PUBLISHER_KEY__: JSON.stringify(publisherKeyForBuild()) },
  };
}

export async function buildMainAndPreload(): Promise<void> {
  await Promise.all([
    esbuild(mainBuildOptions()),
    // A sandboxed preload gets no Node: bundle for the browser, with only `electron` required.
    esbuild({
      ...sharedNodeOptions,
      entryPoints: ['preload/index.ts'],
      outfile: preloadOutFile,
      platform: 'browser',
      target: preloadTarget,
    }),
  ]);
}

export async function buildAll(): Promise<void> {
  await buildRenderer();
  await buildMainAndPreload();
}

if (isEntryPoint(import.meta.url)) {
  const started = Date.now();
  buildAll().then(
    () =>
      console.log(
        `build: dist/renderer, dist/main/index.cjs, dist/preload/index.cjs (${Date.now() - started} ms)`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
