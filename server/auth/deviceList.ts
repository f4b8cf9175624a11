/**
 * The station's devices as the chief's screen lists them: kind, enrolment, last seen (devices,
 * at most a minute stale), last push (client_state.updated_at of the device's client), revoked,
 * and who is signed in there now (the newest open, unexpired session), in one query.
 */
import type { DeviceInfo } from '#common/auth/protocol';
import type { Queryable } from '../db/database';
import type { DeviceKind } from '#common/auth/protocol';
import type { OfficerAccess } from '#common/schemas/station';

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
}

export async function listDevices(q: Queryable, stationId: string, now: number): Promise<DeviceInfo[]> {
  const { rows } = await q.query<Row>(
    `SELECT d.id, d.workstation, d.kind, d.created_at, d.last_seen_at, c.updated_at AS last_push_at, d.revoked,
            d.credential_rotated_at,
            s.officer_id, o.data AS officer
       FROM devices d
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
