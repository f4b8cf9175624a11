/**
 * Who made each pushed mutation, and may they have (issue 12 item 2). Runs in the push
 * transaction with ONE query for every officer the batch names. A mutation is refused (not
 * the batch) when `madeBy` is
 *   - no live officer of the device's station                    → officer-unknown
 *   - an officer who never signed in online at this device       → officer-not-signed-in
 *   - an officer inactive at the time the change was made        → officer-inactive
 *   - an officer whose access then does not permit the change     → role-forbidden
 *     (common/domain/rolePolicy.ts mayWrite — the client's very check)
 * "The time the change was made" is `madeAt` clamped into [lower, now], where lower is the
 * later of the device's previous push (client_state.updated_at) and the officer's first online
 * sign-in at this device: a workstation cannot date a change before its last contact with the
 * centre, nor before the officer could have signed in there. Access at time t is the officer's
 * latest officer_access_log entry at or before t (the earliest if t precedes them all; the
 * officer record if there is no history).
 */
import type { mutationRefusals } from '#common/sync/protocol';
import type { Mutation } from '#common/sync/mutation';
import { mayWrite } from '#common/domain/rolePolicy';
import type { OfficerAccess } from '#common/schemas/station';
import type { Queryable } from '../db/database';
import { isUuid } from './uuid';

export type MutationRefusal = (typeof mutationRefusals)[number];

export interface Refusal {
  refusal: MutationRefusal;
  reason: string;
}

export interface Authorization {
  /** seq → why the mutation is refused. */
  refusals: Map<number, Refusal>;
  /** seq → the time the change counts as made (clamped madeAt), for accepted mutations. */
  madeAt: Map<number, number>;
}

type AccessEntry = [at: number, access: OfficerAccess, active: boolean];

interface OfficerRow {
  id: string;
  first_signin_at: number | null;
  access: string | null;
  active: boolean | null;
  history: AccessEntry[];
  last_push_at: number | null;
}

const REASONS: Record<MutationRefusal, string> = {
  invalid: '数据无效 / The change is not valid.',
  'role-forbidden': '无权限：该民警当时的角色不允许此项修改 / The officer’s role did not permit this change.',
  'officer-unknown': '操作人不是本所民警 / The change was made by no officer of this station.',
  'officer-inactive': '操作人当时已停用 / The officer was no longer active when the change was made.',
  'officer-not-signed-in':
    '该民警从未在本工作站联网登录 / The officer has never signed in online at this workstation.',
  'pass-code-zone':
    '红码、黄码人员所在网格为封控区或管控区，不能通过 / A red or yellow health code cannot be approved while its grid is sealed or controlled.',
};

export const refusalReason = (refusal: MutationRefusal): string => REASONS[refusal];

export function accessAt(
  history: readonly AccessEntry[],
  t: number,
): { access: OfficerAccess; active: boolean } | null {
  let found: AccessEntry | undefined = history[0];
  for (const entry of history) if (entry[0] <= t) found = entry;
  return found ? { access: found[1], active: found[2] } : null;
}

export async function authorizeMutations(
  tx: Queryable,
  input: { deviceId: string; stationId: string; now: number; mutations: readonly Mutation[] },
): Promise<Authorization> {
  const { deviceId, stationId, now, mutations } = input;
  const named = [...new Set(mutations.map((m) => m.madeBy))].filter(isUuid);
  const { rows } = named.length
    ? await tx.query<OfficerRow>(
        `SELECT o.id, od.first_signin_at, o.data->>'access' AS access, (o.data->>'active')::boolean AS active,
                COALESCE((SELECT jsonb_agg(jsonb_build_array(l.at, l.access, l.active) ORDER BY l.at, l.id)
                            FROM officer_access_log l WHERE l.officer_id = o.id), '[]'::jsonb) AS history,
                (SELECT c.updated_at FROM client_state c WHERE c.client_id = $3 AND c.last_seq > 0) AS last_push_at
           FROM records o LEFT JOIN officer_devices od ON od.officer_id = o.id AND od.device_id = $4
          WHERE o.entity = 'officers' AND o.id = ANY($1::uuid[]) AND o.station_id = $2 AND NOT o.deleted`,
        [named, stationId, deviceId, deviceId],
        { prepare: true },
      )
    : { rows: [] };
  const officers = new Map(rows.map((r) => [r.id, r]));
  const refusals = new Map<number, Refusal>();
  const madeAt = new Map<number, number>();
  const refuse = (m: Mutation, refusal: MutationRefusal) =>
    refusals.set(m.seq, { refusal, reason: refusalReason(refusal) });
  for (const m of mutations) {
    const o = officers.get(m.madeBy);
    if (!o) {
      refuse(m, 'officer-unknown');
      continue;
    }
    if (o.first_signin_at === null) {
      refuse(m, 'officer-not-signed-in');
      continue;
    }
    const lower = Math.max(o.first_signin_at, o.last_push_at ?? 0);
    const t = Math.min(now, Math.max(lower, m.madeAt));
    const then = accessAt(o.history, t) ?? {
      access: o.access === 'station-chief' ? 'station-chief' : 'duty-officer',
      active: o.active !== false,
    };
    if (!then.active) refuse(m, 'officer-inactive');
    else if (!mayWrite(then.access, m.entity, m.patch)) refuse(m, 'role-forbidden');
    else madeAt.set(m.seq, t);
  }
  return { refusals, madeAt };
}
