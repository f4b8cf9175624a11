/**
 * The station's devices as the chief's screen lists them: kind, enrolment, last seen (devices,
 * at most a minute stale), last push (client_state.updated_at of the device's client), revoked,
 * who is signed in there now (the newest open, unexpired session), and the app version and
 * latest update report (migration 009), in one query.
 */
import type { DeviceInfo } from '#common/auth/protocol';
import type { Queryable } from '../db/database';
import type { DeviceKind } from '#common/auth/protocol';
import type { OfficerAccess } from '#common/schemas/station';
import { deviceUpdateReportSchema, type DeviceUpdateReport } from '#common/update/deviceUpdateStatus';

interface Row {
  id: string;
  workstation: string;
  kind: DeviceKind;
  created_at: number;
  last_seen_at: number | null;
  last_push_at: number | null;
  credential_rotated_at: number | string | null;
  revoked: boolean;
  officer_id: string | null;
  officer: { name?: unknown; badgeNo?: unknown; access?: unknown } | null;
  app_version: string | null;
  u_running_version: string | null;
  u_channel: string | null;
  u_state: string | null;
  u_offered_version: string | null;
  u_refusal: string | null;
  u_detail: string | null;
  u_reported_at: number | string | null;
}

/** The stored report, or null (none yet, or a row this build cannot read). */
function updateOf(r: Row): DeviceUpdateReport | null {
  if (r.u_reported_at === null) return null;
  const parsed = deviceUpdateReportSchema.safeParse({
    runningVersion: r.u_running_version,
    channel: r.u_channel,
    state: r.u_state,
    offeredVersion: r.u_offered_version,
    refusal: r.u_refusal,
    detail: r.u_detail,
    reportedAt: Number(r.u_reported_at),
  });
  return parsed.success ? parsed.data : null;
}

export async function listDevices(q: Queryable, stationId: string, now: number): Promise<DeviceInfo[]> {
  const { rows } = await q.query<Row>(
    `SELECT d.id, d.workstation, d.kind, d.created_at, d.last_seen_at, c.updated_at AS last_push_at, d.revoked,
            d.credential_rotated_at, d.app_version,
            u.running_version AS u_running_version, u.channel AS u_channel, u.state AS u_state,
            u.offered_version AS u_offered_version, u.refusal AS u_refusal, u.detail AS u_detail,
            u.reported_at AS u_reported_at,
            s.officer_id, o.data AS officer
       FROM devices d
       LEFT JOIN device_update_reports u ON u.device_id = d.id
       LEFT JOIN client_state c ON c.client_id = d.id::text AND c.last_seq > 0
       LEFT JOIN LATERAL (SELECT officer_id FROM officer_sessions
                           WHERE device_id = d.id AND ended_at IS NULL AND expires_at > $2
                           ORDER BY created_at DESC LIMIT 1) s ON true
       LEFT JOIN records o ON o.entity = 'officers' AND o.id = s.officer_id
      WHERE d.station_id = $1
      ORDER BY d.revoked, d.created_at DESC`,
    [stationId, now],
  );
  return rows.map((r) => ({
    id: r.id,
    workstation: r.workstation,
    kind: r.kind,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    lastPushAt: r.last_push_at,
    credentialRotatedAt: r.credential_rotated_at === null ? null : Number(r.credential_rotated_at),
    revoked: r.revoked,
    appVersion: r.app_version,
    update: updateOf(r),
    signedIn:
      r.officer_id && r.officer
        ? {
            id: r.officer_id,
            name: typeof r.officer.name === 'string' ? r.officer.name : '',
            badgeNo: typeof r.officer.badgeNo === 'string' ? r.officer.badgeNo : '',
            access: (r.officer.access === 'station-chief'
              ? 'station-chief'
              : 'duty-officer') satisfies OfficerAccess,
          }
        : null,
  }));
}
