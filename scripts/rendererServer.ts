/**
 * A small static server for the built renderer on loopback, for browser mode and Playwright:
 * node:http only. It answers exactly like the app:// protocol does — same path-traversal check
 * (security.resolveAppPath, via appFiles), same MIME types, same CSP — with index.html for
 * unknown extension-less routes and Cache-Control: no-cache.
 */
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerAppFileRequest } from '../main/appFiles';
import { buildCsp, cspOptionsFromEnv } from '../main/security';

export interface RendererServer {
  url: string;
  close(): Promise<void>;
}

export interface RendererServerOptions {
  root: string;
  port: number;
  host?: string;
}

export function startRendererServer(options: RendererServerOptions): Promise<RendererServer> {
  const host = options.host ?? '127.0.0.1';
  const csp = buildCsp(cspOptionsFromEnv(process.env));
  const server = http.createServer((request, response) => {
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
