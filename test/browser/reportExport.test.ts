/**
 * The export actions over a real cache (station demo data in real IndexedDB): a saved XLSX or
 * CSV is recorded in the audit log with its date, format, file name and size; a cancelled or
 * failed save (disk full) and a refused date are told back as typed outcomes and record
 * nothing. The savers are fakes — the file dialog and disk are main's, tested on their own.
 */
import { describe, expect, it, vi } from 'vitest';
import { dayOf } from '#common/domain/time';
import {
  exportDailyReportCsv,
  exportDailyReportXlsx,
} from '#renderer/features/reports/export/exportDailyReport';
import type { SaveReportFile } from '#renderer/export/saveReportFile';
import { useStationDemoCache } from './support/stationDemoCache';

const cache = useStationDemoCache('gridroom-report-export');
const { now } = cache;
const date = dayOf(now);
const actor = { madeBy: '值班台-7', workstation: '值班台-7' };

const exportsInAudit = () => cache.db.audit.filter((e) => e.action === 'export').toArray();

/** Audit entries that appeared since `before`. */
async function newExports(before: { id: string }[]) {
  const known = new Set(before.map((e) => e.id));
  return (await exportsInAudit()).filter((e) => !known.has(e.id));
}

describe('daily report exports', () => {
  it('records a saved XLSX in the audit log: who, which date, which format, the file', async () => {
    const saved: Parameters<SaveReportFile>[0][] = [];
    const save: SaveReportFile = async (file) => {
      saved.push(file);
      return { status: 'saved', filePath: `/home/所长/${file.name}`, bytes: file.bytes.byteLength };
    };
    const before = await exportsInAudit();
    const outcome = await exportDailyReportXlsx(cache.db, actor, date, { save, now });
    const station = await cache.db.stations.toCollection().first();
    expect(outcome).toMatchObject({
      status: 'saved',
      format: 'xlsx',
      fileName: `${station?.name}_日报_${date}.xlsx`,
    });
    expect(saved).toHaveLength(1);
    // XLSX is a zip: "PK"
    expect([...(saved[0]?.bytes.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
    const entries = await newExports(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      who: actor.madeBy,
      workstation: actor.workstation,
      entity: 'report',
      entityId: `${date}:xlsx`,
      after: { date, format: 'xlsx', fileName: saved[0]?.name, bytes: saved[0]?.bytes.byteLength },
    });
  });

  it('names a CSV after its table and records it', async () => {
    const before = await exportsInAudit();
    const save: SaveReportFile = async (file) => ({
      status: 'saved',
      filePath: null,
      bytes: file.bytes.byteLength,
    });
    const outcome = await exportDailyReportCsv(cache.db, actor, date, 'incidents', { save, now });
    expect(outcome).toMatchObject({ status: 'saved', format: 'csv' });
    expect(outcome.status === 'saved' && outcome.fileName.endsWith(`_日报_${date}_警情.csv`)).toBe(true);
    const entries = await newExports(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entityId: `${date}:csv`, after: { format: 'csv' } });
  });

  it('records nothing when the save is cancelled or fails, and says why', async () => {
    const before = await exportsInAudit();
    const cancelled = await exportDailyReportXlsx(cache.db, actor, date, {
      save: async () => ({ status: 'cancelled' }),
      now,
    });
    expect(cancelled).toEqual({ status: 'cancelled' });
    const diskFull = await exportDailyReportCsv(cache.db, actor, date, 'grids', {
      save: async () => ({ status: 'failed', reason: 'disk-full', message: 'ENOSPC' }),
      now,
    });
    expect(diskFull).toEqual({ status: 'failed', reason: 'disk-full', message: 'ENOSPC' });
    expect(await exportsInAudit()).toEqual(before);
  });

  it('refuses a date that is not a calendar day without building or saving anything', async () => {
    const save = vi.fn<SaveReportFile>();
    const before = await exportsInAudit();
    const outcome = await exportDailyReportXlsx(cache.db, actor, '2026-02-30', { save, now });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'invalid-date' });
    expect(save).not.toHaveBeenCalled();
    expect(await exportsInAudit()).toEqual(before);
  });
});
