/**
 * The centre's record of workstation versions and update reports (migration 009): the running
 * version a device states on its requests (written only when it differs from the stored one, so
 * a busy device costs no writes) and the latest update report per device (replaced on each).
 */
import type { UpdateReport } from '#common/update/updateReport';
import type { Queryable } from '../db/database';

/** Stores the version a device says it runs; a no-op when it is already the stored one. */
export async function noteAppVersion(
  q: Queryable,
  deviceId: string,
  stored: string | null | undefined,
  version: string,
): Promise<void> {
  if (stored === version) return;
  await q.query('UPDATE devices SET app_version = $2 WHERE id = $1 AND app_version IS DISTINCT FROM $2', [
    deviceId,
    version,
  ]);
}

/** Replaces the device's latest update report and notes its running version. */
export async function storeUpdateReport(
  q: Queryable,
  deviceId: string,
  report: UpdateReport,
  now: number,
): Promise<void> {
  await q.query(
    `INSERT INTO device_update_reports
       (device_id, running_version, channel, state, offered_version, refusal, detail, reported_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (device_id) DO UPDATE SET
       running_version = EXCLUDED.running_version, channel = EXCLUDED.channel, state = EXCLUDED.state,
       offered_version = EXCLUDED.offered_version, refusal = EXCLUDED.refusal, detail = EXCLUDED.detail,
       reported_at = EXCLUDED.reported_at`,
    [
      deviceId,
      report.runningVersion,
      report.channel,
      report.state,
      report.offeredVersion ?? null,
      report.refusal ?? null,
      report.detail ?? null,
      now,
    ],
  );
  await noteAppVersion(q, deviceId, undefined, report.runningVersion);
}
