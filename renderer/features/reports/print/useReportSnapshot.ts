/**
 * The report the print layout prints: built once per date (not live), so the document does not
 * change under a print in progress; "generated at" is `now`, the moment the layout was opened
 * (the map is read for the same instant).
 */
import { useEffect, useState } from 'react';
import { useDb } from '../../../app/DbContext';
import type { DailyReport } from '../dailyReportModel';
import { buildDailyReport } from '../dailyReportQuery';

export type SnapshotState =
  { status: 'loading' } | { status: 'ready'; report: DailyReport } | { status: 'failed'; message: string };

type Keyed = { key: string } & SnapshotState;

/** `preparedBy` null: not known yet (settings loading) — wait rather than build twice. */
export function useReportSnapshot(
  date: string | null,
  preparedBy: string | null,
  now: number,
): SnapshotState {
  const db = useDb();
  const key = `${date ?? ''}|${preparedBy ?? ''}|${now}`;
  const [state, setState] = useState<Keyed>({ key: '', status: 'loading' });
  useEffect(() => {
    if (date === null || preparedBy === null) return;
    let live = true;
    buildDailyReport(db, date, { preparedBy, now, addresses: 'notable' }).then(
      (report) => live && setState({ key, status: 'ready', report }),
      (error: unknown) => live && setState({ key, status: 'failed', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [db, date, preparedBy, now, key]);
  return state.key === key ? state : { status: 'loading' };
}
