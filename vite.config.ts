/**
 * Builds the renderer (React app) into dist/renderer. The same bundle is loaded by Electron
 * through the app:// protocol and, where Electron is absent, served to a browser on loopback.
 * `base: './'` keeps every asset URL relative so both hosts resolve them.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from './scripts/pathAliases.ts';

export default defineConfig({
  root: 'renderer',
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
