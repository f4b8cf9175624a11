/** The report's map models, read once per report (the report itself is the live part). */
import { useEffect, useState } from 'react';
import { useDb } from '../../../app/DbContext';
import type { DailyReport } from '../dailyReportModel';
import { queryReportMap, type ReportMapModels } from './reportMapQuery';

export function useReportMap(report: DailyReport | null | undefined): ReportMapModels | undefined {
  const db = useDb();
  const [models, setModels] = useState<ReportMapModels | undefined>(undefined);
  useEffect(() => {
    if (!report) return;
    let live = true;
    void queryReportMap(db, report).then((m) => live && setModels(m));
    return () => {
      live = false;
    };
  }, [db, report]);
  return models;
}
