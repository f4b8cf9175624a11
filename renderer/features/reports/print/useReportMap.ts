/** The report map's models for a day, read once per day and instant (not live). */
import { useEffect, useState } from 'react';
import { useDb } from '../../../app/DbContext';
import type { ReportDay } from '../reportDay';
import { queryReportMap, type ReportMapModels } from './reportMapQuery';

export function useReportMap(day: ReportDay | null): ReportMapModels | undefined {
  const db = useDb();
  const [state, setState] = useState<{ day: ReportDay; models: ReportMapModels } | null>(null);
  useEffect(() => {
    if (!day) return;
    let live = true;
    void queryReportMap(db, day).then((models) => live && setState({ day, models }));
    return () => {
      live = false;
    };
  }, [db, day]);
  return state && state.day === day ? state.models : undefined;
}
