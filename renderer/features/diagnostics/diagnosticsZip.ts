/**
 * The diagnostics bundle for a station's IT, as zip bytes (fflate, synchronous: the bundle is a
 * few MB at most). Holds README.txt (what is inside, zh and en), summary.json (versions, cache
 * and sync state, from diagnosticsSummary.ts) and logs/<file> (main's rotating files, or this
 * window's in-memory log in a browser). Every text passes the logger's redaction once more on
 * the way in, so a line written before a redaction rule existed cannot leave the workstation.
 */
import { strToU8, zipSync } from 'fflate';
import { redactText, redactValue } from '#common/log';
import type { DiagnosticsSummary } from './diagnosticsSummary';

export interface DiagnosticsLogFile {
  name: string;
  text: string;
}

const readme = `网格态势室 诊断信息 / Gridroom diagnostics

summary.json  版本、本地缓存与同步状态（行数、待上传数、最近同步时间与失败原因）
              versions, cache and sync state (row counts, outbox size, last sync and failure)
logs/         运行日志（JSON 行，每行一条：t 时间、level 级别、scope 模块、msg 内容）
              log files (one JSON record per line: t time, level, scope, msg, data)

不含居民姓名、身份证号、PIN、凭据或登记码：日志在写入前已去除这些内容。
Holds no residents' names, ID numbers, PINs, credentials or enrolment codes: the logger
removes them before anything is written.
`;

/** Re-redacts a log file line by line (each line is one record). */
const redactLog = (text: string): string =>
  text
    .split('\n')
    .map((line) => redactText(line, 20_000))
    .join('\n');

const safeName = (name: string): string => name.replace(/[^a-z0-9.-]/gi, '_').slice(0, 60) || 'log';

export function buildDiagnosticsZip(
  summary: DiagnosticsSummary,
  logs: readonly DiagnosticsLogFile[],
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'README.txt': strToU8(readme),
    'summary.json': strToU8(`${JSON.stringify(redactValue(summary), null, 2)}\n`),
  };
  for (const log of logs) files[`logs/${safeName(log.name)}`] = strToU8(redactLog(log.text));
  return zipSync(files, { level: 6, mtime: new Date(summary.generatedAt) });
}

/** `gridroom-diagnostics-20261206-1402.zip` (station time is not needed: IT reads the UTC inside). */
export function diagnosticsFileName(generatedAt: string): string {
  const stamp = generatedAt.replace(/[-:]/g, '').replace('T', '-').slice(0, 13);
  return `gridroom-diagnostics-${stamp}.zip`;
}
