/**
 * Decides how to answer a request for a file of the renderer bundle: which file (through
 * security's resolveAppPath, so nothing outside `root` is ever opened), which status and which
 * headers (content type, CSP, no-cache, nosniff). Host-neutral: the app:// protocol handler and
 * the loopback server each turn the answer into their own response and stream the file.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { mimeTypeFor } from './mimeTypes';
import { resolveAppPath } from './security';

export interface AppFileAnswer {
  status: number;
  headers: Record<string, string>;
  /** The file to stream as the body (absent for errors and HEAD-less answers). */
  filePath?: string;
  /** A short text body for errors. */
  text?: string;
}

export interface AppFileOptions {
  csp: string;
  /** Answer unknown extension-less paths (client routes) with index.html. */
  spaFallback: boolean;
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

function textAnswer(status: number, text: string, csp: string): AppFileAnswer {
  return {
    status,
    text,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  };
}

export async function answerAppFileRequest(
  root: string,
  method: string,
  requestUrl: unknown,
  options: AppFileOptions,
): Promise<AppFileAnswer> {
  if (method !== 'GET' && method !== 'HEAD') return textAnswer(405, 'method not allowed', options.csp);
  const resolved = resolveAppPath(root, requestUrl);
  if (resolved === null) return textAnswer(400, 'bad request path', options.csp);
  let filePath = resolved;
  if (!(await isFile(filePath))) {
    const fallback = path.join(path.resolve(root), 'index.html');
    if (!options.spaFallback || path.extname(filePath) !== '' || !(await isFile(fallback))) {
      return textAnswer(404, 'not found', options.csp);
    }
    filePath = fallback;
  }
  return {
    status: 200,
    filePath,
    headers: {
      'Content-Type': mimeTypeFor(filePath),
      'Content-Security-Policy': options.csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  };
}
