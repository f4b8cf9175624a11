/**
 * The print layout's code with its slowest read, the day's visits, started alongside it: the read
 * begins (in a worker) as soon as its small module is in, while the layout's chunk still loads
 * and the page opens the cache, and is handed to the layout as a prop (printedVisitsPrefetch.ts).
 */
import type { ComponentType } from 'react';
import { workstationDbName } from './cacheLifecycle';

export function loadReportPrintPage(): Promise<{ ReportPrintPage: ComponentType }> {
  const early = import('#renderer/features/reports/printedVisitsPrefetch')
    .then((visits) => visits.startPrintedVisits(window.location.hash, workstationDbName()))
    .catch(() => null);
  return Promise.all([import('#renderer/features/reports/ReportPrintPage'), early]).then(
    ([layout, visits]) => {
      const Layout = layout.ReportPrintPage;
      return {
        ReportPrintPage: function ReportPrintRoute() {
          return <Layout earlyVisits={visits} />;
        },
      };
    },
  );
}
