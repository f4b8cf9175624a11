/**
 * The report the print layout prints, with its map's models: built once per date (not live),
 * so the document does not change under a print in progress; "generated at" is `now`, the
 * moment the layout was opened (the map is read for the same instant). Its visits are the notable
 * ones, from the route's early read when that is for this cache and day (first build only).
 */
import { useEffect, useMemo, useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import type { DailyReport } from '../dailyReportModel';
import { buildDailyReportParts } from '../dailyReportQuery';
import { readPrintedVisits, type EarlyPrintedVisits } from '../printedVisitsPrefetch';
import type { ReportMapModels } from './reportMapModels';

export type SnapshotState =
  | { status: 'loading' }
  | { status: 'ready'; report: DailyReport; map: ReportMapModels }
  | { status: 'failed'; message: string };

type Keyed = { key: string } & SnapshotState;

/**
 * The build starts at once; who prepares the report is only its header's name, so it is put in
 * when known (`preparedBy` null: settings still loading — the snapshot stays 'loading').
 */
export function useReportSnapshot(
  date: string | null,
  preparedBy: string | null,
  now: number,
  earlyVisits: EarlyPrintedVisits | null = null,
): SnapshotState {
  const db = useDb();
  const key = `${date ?? ''}|${now}`;
  const [state, setState] = useState<Keyed>({ key: '', status: 'loading' });
  useEffect(() => {
    if (date === null) return;
    let live = true;
    const visits = readPrintedVisits(db, date, earlyVisits);
    buildDailyReportParts(db, date, { preparedBy: '', now, visits }).then(
      ({ report, map }) => live && setState({ key, status: 'ready', report, map }),
      (error: unknown) => live && setState({ key, status: 'failed', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [db, date, now, key, earlyVisits]);
  const built = state.key === key ? state : null;
  return useMemo((): SnapshotState => {
    if (built?.status !== 'ready') return built ?? { status: 'loading' };
    if (preparedBy === null) return { status: 'loading' };
    return { ...built, report: { ...built.report, header: { ...built.report.header, preparedBy } } };
  }, [built, preparedBy]);
}
