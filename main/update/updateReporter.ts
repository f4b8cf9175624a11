/**
 * Sends a workstation's update report to the centre (`POST UPDATE_REPORT_ROUTE`) with the device
 * credential, so the chief's device screen shows refused and installed updates. The body is
 * checked against the shared schema before it leaves; a failed send throws for the controller
 * to retry at its next outcome.
 */
import { UPDATE_REPORT_ROUTE, updateReportSchema, type UpdateReport } from '#common/update/updateReport';
import { updateRequestHeaders } from './updateController';

export function createUpdateReporter(
  connection: () => { apiUrl: string; credential: string } | null,
  runningVersion: string,
  fetchImpl: typeof fetch = fetch,
): (report: UpdateReport) => Promise<void> {
  return async (report) => {
    const target = connection();
    if (!target) throw new Error('not connected to a centre');
    const body = updateReportSchema.parse(report);
    const response = await fetchImpl(`${target.apiUrl.replace(/\/+$/, '')}${UPDATE_REPORT_ROUTE}`, {
      method: 'POST',
      headers: {
        ...updateRequestHeaders(target.credential, runningVersion),
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    if (!response.ok) throw new Error(`update report: HTTP ${response.status}`);
  };
}
