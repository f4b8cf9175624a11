/**
 * Builds the renderer (React app) into dist/renderer. The same bundle is loaded by Electron
 * through the app:// protocol and, where Electron is absent, served to a browser on loopback.
 * `base: './'` keeps every asset URL relative so both hosts resolve them.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from './scripts/pathAliases.ts';

/** The app's version for the renderer (renderer/shared/appVersion.ts), from package.json. */
const appVersion = (
  JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export default defineConfig({
  root: 'renderer',
  define: { __GRIDROOM_APP_VERSION__: JSON.stringify(appVersion) },
  base: './',
  publicDir: '../assets/public',
  plugins: [react()],
  resolve: { alias: pathAliases() },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: true,
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
