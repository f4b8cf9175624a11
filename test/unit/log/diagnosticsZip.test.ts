/**
 * The diagnostics zip: README, summary and log files inside, and no personal data even when
 * whole demo rows (findings with masked names and IDs, households, officers) and raw ID
 * numbers were logged, and when the last sync error's message quoted an ID number.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import { addLogSink, createLogger, formatLogLine, type LogRecord } from '#common/log';
import type { DiagnosticsSummary } from '#renderer/features/diagnostics/diagnosticsSummary';
import { buildDiagnosticsZip, diagnosticsFileName } from '#renderer/features/diagnostics/diagnosticsZip';

const NOW = Date.UTC(2026, 11, 6, 14, 2);

function summary(lastErrorMessage: string): DiagnosticsSummary {
  return {
    format: 1,
    generatedAt: new Date(NOW).toISOString(),
    app: {
      desktop: true,
      version: '0.1.0',
      electron: '44.11.5',
      chrome: '146.0.0.0',
      node: '24.0.0',
      platform: 'linux',
      packaged: false,
      userAgent: 'Mozilla/5.0',
      language: 'zh-CN',
    },
    protocol: { apiVersion: 1 },
    cache: {
      database: 'gridroom',
      appSchemaVersion: 4,
      writtenSchemaVersion: 4,
      indexedDbVersion: 4,
      state: 'ready',
      source: 'central',
      dataAsOf: new Date(NOW).toISOString(),
      tables: { findings: 120, households: 800, outbox: 3 },
    },
    sync: {
      enrolled: true,
      apiUrl: 'https://centre.example',
      deviceId: '0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d',
      stationId: '1a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d',
      deviceKind: 'workstation',
      credentialIssuedAt: new Date(NOW).toISOString(),
      cursor: 812,
      outbox: 3,
      nextSeq: 41,
      refusedChanges: 0,
      status: {
        mode: 'offline',
        lastSyncedAt: new Date(NOW - 60_000).toISOString(),
        pending: 3,
        conflicts: 0,
        readOnly: false,
        lastError: {
          reason: 'network',
          message: lastErrorMessage,
          at: new Date(NOW).toISOString(),
          retryInMs: 30_000,
        },
      },
    },
  };
}

describe('diagnostics zip', () => {
  it('holds the expected files and nothing personal', async () => {
    const residentIds = new Map<string, string>();
    const data = await generateDemoData({ size: 'station', seed: 3, now: NOW, residentIds });
    const findings = data.findings.slice(0, 10);
    const households = data.households.slice(0, 10);
    const officers = data.officers.slice(0, 3);
    const rawIds = [...residentIds.values()].slice(0, 10);

    const records: LogRecord[] = [];
    const remove = addLogSink((r) => records.push(r));
    const log = createLogger('sync');
    for (const f of findings) log.warn('push refused', { row: f });
    for (const h of households) log.warn('import row refused', h);
    for (const o of officers) log.info('signed in', { officer: o });
    for (const id of rawIds) log.error(`ID ${id} failed the check`);
    remove();
    const logText = `${records.map(formatLogLine).join('\n')}\n`;

    const zip = buildDiagnosticsZip(summary(`push failed for ${rawIds[0]}`), [
      { name: 'gridroom.1.log', text: logText },
      { name: 'gridroom.log', text: '{"msg":"started"}\n' },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'logs/gridroom.1.log',
      'logs/gridroom.log',
      'summary.json',
    ]);
    const parsed = JSON.parse(strFromU8(files['summary.json']!)) as DiagnosticsSummary;
    expect(parsed.sync.outbox).toBe(3);
    expect(parsed.cache.appSchemaVersion).toBe(4);
    expect(parsed.app.version).toBe('0.1.0');
    expect(parsed.sync.status?.lastSyncedAt).toBe(new Date(NOW - 60_000).toISOString());

    const everything = Object.values(files)
      .map((b) => strFromU8(b))
      .join('\n');
    expect(everything).toContain('push refused');
    for (const f of findings) {
      expect(everything).not.toContain(f.maskedName);
      expect(everything).not.toContain(f.idMasked);
    }
    for (const h of households) expect(everything).not.toContain(h.address);
    for (const o of officers) expect(everything).not.toContain(o.name);
    for (const id of rawIds) expect(everything).not.toContain(id);
  });

  it('names the file after the moment it was made', () => {
    expect(diagnosticsFileName('2026-12-06T14:02:33.000Z')).toBe('gridroom-diagnostics-20261206-1402.zip');
  });
});
