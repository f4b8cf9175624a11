/**
 * Report file names carry the station and the date, and are safe on every desktop OS whatever
 * the station is called: no path separators or reserved characters, no control or invisible
 * format characters, no leading dot, bounded length, the extension always intact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxFileNameBytes, reportFileName, safeFileNamePart } from '#renderer/export/exportFileName';

const bytes = (s: string) => new TextEncoder().encode(s).length;

describe('reportFileName', () => {
  it('names the station, the report and the date', () => {
    expect(reportFileName('禾山派出所', '2026-11-27', 'xlsx')).toBe('禾山派出所_日报_2026-11-27.xlsx');
    expect(reportFileName('禾山派出所', '2026-11-27', 'csv', { part: '警情' })).toBe(
      '禾山派出所_日报_2026-11-27_警情.csv',
    );
    expect(reportFileName('Heshan', '2026-11-27', 'pdf', { title: 'daily-report' })).toBe(
      'Heshan_daily-report_2026-11-27.pdf',
    );
  });

  it('replaces characters illegal in file names and drops leading dots', () => {
    expect(reportFileName('湖里/禾山:派出所*?"<>|\\', '2026-11-27', 'xlsx')).toBe(
      '湖里_禾山_派出所________日报_2026-11-27.xlsx',
    );
    expect(reportFileName('..\u0000.hidden\u202Excod.exe', '2026-11-27', 'csv')).toBe(
      '_.hidden_xcod.exe_日报_2026-11-27.csv',
    );
    expect(reportFileName('  . . ', '2026-11-27', 'xlsx')).toBe('日报_2026-11-27.xlsx');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => reportFileName('禾山派出所', '2026-13-01', 'xlsx')).toThrow();
    expect(() => reportFileName('禾山派出所', '../2026-11-27', 'xlsx')).toThrow();
  });

  it('is always a safe, bounded name ending in the date and extension (any station name)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('xlsx', 'csv', 'pdf'),
        (station, ext) => {
          const name = reportFileName(station, '2026-11-27', ext as 'xlsx' | 'csv' | 'pdf');
          expect(name).not.toMatch(/[/\\:*?"<>|\p{Cc}\p{Cf}]/u);
          expect(name.startsWith('.')).toBe(false);
          expect(name.endsWith(`日报_2026-11-27.${ext}`)).toBe(true);
          expect(bytes(name)).toBeLessThanOrEqual(maxFileNameBytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('safeFileNamePart is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => safeFileNamePart(safeFileNamePart(s)) === safeFileNamePart(s),
      ),
    );
  });
});
