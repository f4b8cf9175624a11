/**
 * Builds the map harness (renderer/map/dev/harness.html) with vite's JS API into
 * dist/map-harness and serves it on a loopback port with a tiny static server, so the map
 * spec runs before the app shell exists and without the shared webServer.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { pathAliases } from '#scripts/pathAliases';

const repo = resolve(import.meta.dirname, '../../..');
export const harnessOutDir = join(repo, 'dist', 'map-harness');

const mime: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function buildHarness(): Promise<void> {
  await build({
    configFile: false,
    root: join(repo, 'renderer'),
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: pathAliases() },
    worker: { format: 'es' },
    build: {
      outDir: harnessOutDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: { input: join(repo, 'renderer', 'map', 'dev', 'harness.html') },
    },
  });
}

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

export async function serveHarness(): Promise<HarnessServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(harnessOutDir, path);
    if (!file.startsWith(harnessOutDir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': mime[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/map/dev/harness.html`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
