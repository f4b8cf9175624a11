/**
 * The update files of a channel, for electron-updater's generic provider (issue 17):
 *   GET|HEAD /api/v1/updates/:channel/:file   (latest.yml, latest-linux.yml, artifacts, .blockmap)
 * served from the updates folder (`--updates-dir`, default `<data-dir>/updates`), one subfolder
 * per channel. Enrolled devices only: the device-auth hook answers 401 before this runs (a
 * revoked credential too). Names are checked by schema (400), the real path must stay inside
 * the folder (updateFilePath.ts, else 404), and there is no listing. Files are streamed, never
 * read whole. Ranges: one → 206 + Content-Range; several → 206 multipart/byteranges (the
 * differential download); none satisfiable → 416; malformed or more than MAX_RANGES → the whole
 * file, 200. ETag and Last-Modified from size and mtime; `If-Range` honoured. latest*.yml are
 * never cached (a publish or a pin replaces them); artifacts are immutable by name.
 */
import { z } from 'zod';
import { artifactNameSchema, channelNameSchema } from '#common/update/releaseStatement';
import { UPDATE_FILES_ROUTE } from '#common/update/updateReport';
import type { ZodApp } from '../http/appContext';
import { ifRangeHolds, parseRange } from './byteRanges';
import { multipartRanges } from './multipartRanges';
import { openUpdateFile } from './updateFilePath';

const notFound = (file: string) => ({
  error: 'not-found' as const,
  message: `没有此更新文件 / No update file ${file}.`,
});

export function contentTypeOf(file: string): string {
  const lower = file.toLowerCase();
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'text/yaml; charset=utf-8';
  if (lower.endsWith('.deb')) return 'application/vnd.debian.binary-package';
  return 'application/octet-stream';
}

const isChannelFile = (file: string) => /^latest(-[a-z0-9]+)?\.yml$/.test(file);

export function registerUpdateFileRoutes(app: ZodApp, updatesDir: string | null): void {
  app.route({
    method: ['GET', 'HEAD'],
    url: `${UPDATE_FILES_ROUTE}/:channel/:file`,
    exposeHeadRoute: false,
    schema: {
      summary: 'A channel’s update file (latest.yml, an artifact, a blockmap), with byte ranges',
      params: z.object({ channel: channelNameSchema, file: artifactNameSchema }),
      // No response schema: the bodies are file streams; errors are errorReplySchema bodies.
    },
    handler: async (request, reply) => {
      const { channel, file } = request.params;
      const opened = updatesDir ? await openUpdateFile(updatesDir, channel, file) : null;
      if (!opened) return reply.code(404).send(notFound(file));
      const { handle, size, mtimeMs } = opened;
      const etag = `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
      const lastModified = new Date(Math.floor(mtimeMs / 1000) * 1000).toUTCString();
      const type = contentTypeOf(file);
      reply
        .header('accept-ranges', 'bytes')
        .header('etag', etag)
        .header('last-modified', lastModified)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', isChannelFile(file) ? 'no-cache' : 'private, max-age=86400');
      const rangeHeader = request.headers.range;
      const rawIfRange = request.headers['if-range'];
      const ifRange = Array.isArray(rawIfRange) ? rawIfRange[0] : rawIfRange;
      const answer =
        rangeHeader !== undefined && ifRangeHolds(ifRange, { etag, lastModified })
          ? parseRange(rangeHeader, size)
          : ({ kind: 'full' } as const);
      const head = request.method === 'HEAD';

      if (answer.kind === 'unsatisfiable') {
        await handle.close();
        return reply
          .code(416)
          .header('content-range', `bytes */${size}`)
          .send({
            error: 'invalid-request',
            message: `请求的范围超出文件 / Range not satisfiable (size ${size}).`,
          });
      }
      if (answer.kind === 'full') {
        reply.code(200).header('content-type', type).header('content-length', String(size));
        if (head || size === 0) {
          await handle.close();
          return reply.send(head ? undefined : '');
        }
        return reply.send(handle.createReadStream());
      }
      const [only] = answer.ranges;
      if (answer.ranges.length === 1 && only) {
        reply
          .code(206)
          .header('content-type', type)
          .header('content-range', `bytes ${only.start}-${only.end}/${size}`)
          .header('content-length', String(only.end - only.start + 1));
        if (head) {
          await handle.close();
          return reply.send();
        }
        return reply.send(handle.createReadStream({ start: only.start, end: only.end }));
      }
      const body = multipartRanges(handle, answer.ranges, size, type);
      reply.code(206).header('content-type', body.contentType).header('content-length', String(body.length));
      if (head) {
        await handle.close();
        return reply.send();
      }
      return reply.send(body.stream());
    },
  });
}
