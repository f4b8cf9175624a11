/**
 * Where things are, for every script: the repository root (scripts may be run from any
 * directory) and the build outputs that Electron, the loopback server and electron-builder
 * expect (package.json "main" is dist/main/index.cjs).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distDir = path.join(repoRoot, 'dist');
export const rendererOutDir = path.join(distDir, 'renderer');
export const rendererIndex = path.join(rendererOutDir, 'index.html');
export const mainOutFile = path.join(distDir, 'main', 'index.cjs');
export const preloadOutFile = path.join(distDir, 'preload', 'index.cjs');
export const viteConfigFile = path.join(repoRoot, 'vite.config.ts');

/** True when `moduleUrl` (a script's import.meta.url) is the file node/tsx was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const started = process.argv[1];
  return started !== undefined && path.resolve(started) === fileURLToPath(moduleUrl);
}
