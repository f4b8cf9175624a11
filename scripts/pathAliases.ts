/**
 * The `#folder/…` import aliases for Vite and vitest, read from tsconfig.base.json's `paths` so
 * the one table there serves tsc, tsx, esbuild, Playwright (which read tsconfig themselves)
 * and the Vite-based tools (which get it from here).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface PathAlias {
  find: string;
  replacement: string;
}

/** `#common` → `<repo>/common`, one entry per `#name/*` pattern of tsconfig.base.json. */
export function pathAliases(): PathAlias[] {
  const tsconfig = JSON.parse(readFileSync(path.join(repoRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths).map(([pattern, [target]]) => ({
    find: pattern.replace(/\/\*$/, ''),
    replacement: path.join(repoRoot, (target ?? '').replace(/\/\*$/, '')),
  }));
}
