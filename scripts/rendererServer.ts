/**
 * A small static server for the built renderer on loopback, for browser mode and Playwright:
 * node:http only. It answers exactly like the app:// protocol does — same path-traversal check
 * (security.resolveAppPath, via appFiles), same MIME types, same CSP — with index.html for
 * unknown extension-less routes and Cache-Control: no-cache.
 */
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerAppFileRequest } from '#main/appFiles';
import { offlineRuntimeConfig, RUNTIME_CONFIG_FILE, type RuntimeConfig } from '#common/runtimeConfig';
import { proxyToApi } from './apiProxy';
import { buildCsp, cspOptionsFromEnv } from '#main/security';

export interface RendererServer {
  url: string;
  close(): Promise<void>;
}

export interface RendererServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Origin of the central API; `/api/*` is proxied to it. */
  apiTarget?: string;
  /** Served as gridroom-config.json; the offline config when absent. */
  runtimeConfig?: RuntimeConfig;
}

export function startRendererServer(options: RendererServerOptions): Promise<RendererServer> {
  const host = options.host ?? '127.0.0.1';
  const csp = buildCsp(cspOptionsFromEnv(process.env));
  const config = JSON.stringify(options.runtimeConfig ?? offlineRuntimeConfig);
  const server = http.createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    if (options.apiTarget && (pathname === '/api' || pathname.startsWith('/api/'))) {
      proxyToApi(options.apiTarget, request, response);
      return;
    }
    if (pathname === `/${RUNTIME_CONFIG_FILE}`) {
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-cache',
      });
      response.end(config);
      return;
    }
    answerAppFileRequest(options.root, request.method ?? 'GET', request.url, { csp, spaFallback: true }).then(
      (answer) => {
        response.writeHead(answer.status, answer.headers);
        if (answer.filePath === undefined || request.method === 'HEAD') {
          response.end(request.method === 'HEAD' ? undefined : answer.text);
          return;
        }
        const stream = createReadStream(answer.filePath);
        stream.on('error', () => response.destroy());
        stream.pipe(response);
      },
      (error: unknown) => {
        response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`server error: ${String(error)}`);
      },
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}/`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
