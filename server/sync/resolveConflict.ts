/**
 * Resolving a conflict (duty officer's choice). `server`: the server value stands, the conflict
 * closes. `client`: the client's value is applied as a new change (version bump, change seq
 * under the station lock, fieldVersions) — validated like any merge. Both record who resolved
 * it and when, and write the audit log in the same transaction. Resolving an already resolved
 * conflict changes nothing and answers as it stands (a retried request is harmless).
 */
import type { Database } from '../db/database';
import type { Conflict } from '#common/sync/protocol';
import { writeAudit } from '../audit/writeAudit';
import { lockStation, nextChangeSeqs, readWatermark } from './changeSeq';
import { closeConflict, loadConflictForUpdate } from './conflictStore';
import { applyFields } from './mergeMutation';
import { handoverRefusal } from './handoverRule';
import { refuseCodeZoneApprovals } from '../passes/codeZoneRule';
import { notifyPoke } from './pokes';
import { loadRecord, upsertRecords } from './recordStore';
import { settlePassCodes } from '../epass/settlePassCodes';
import { recordKey } from './storedRecord';

export interface ResolveInput {
  stationId: string;
  deviceId: string;
  conflictId: string;
  choice: 'server' | 'client';
  resolvedBy: string;
  now: number;
}

export type ResolveOutcome =
  | { kind: 'ok'; conflict: Conflict; version: number }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; ownerStationId: string }
  | { kind: 'invalid'; message: string };

class Invalid extends Error {}

/** The approval a client-side resolution of a registration's status amounts to, as the rule reads it. */
const RESOLUTION_APPROVAL = {
  clientId: 'conflict-resolution',
  seq: 0,
  entity: 'passRegistrations',
  patch: { status: 'approved' },
  baseVersion: 0,
} as const;

export async function resolveConflict(db: Database, input: ResolveInput): Promise<ResolveOutcome> {
  const { stationId, now } = input;
  try {
    return await db.transaction(async (tx): Promise<ResolveOutcome> => {
      await lockStation(tx, stationId);
      const found = await loadConflictForUpdate(tx, input.conflictId);
      if (!found) return { kind: 'not-found' };
      const { stationId: owner, ...conflict } = found;
      if (owner !== stationId) return { kind: 'forbidden', ownerStationId: owner };
      const record = await loadRecord(tx, conflict.entity, conflict.recordId, true);
      if (conflict.resolvedAt !== null) return { kind: 'ok', conflict, version: record?.version ?? 0 };
      let version = record?.version ?? 0;
      if (input.choice === 'client') {
        if (!record) throw new Invalid('the record no longer exists on the server');
        const result = applyFields(
          record,
          { [conflict.field]: conflict.clientValue },
          input.resolvedBy,
          now,
          conflict.clientId,
        );
        if (!result.ok) throw new Invalid(`the client value cannot be applied: ${result.reason}`);
        const ruled = handoverRefusal(
          { entity: conflict.entity, madeBy: input.resolvedBy },
          record,
          result.next,
          false,
        );
        if (ruled !== null) throw new Invalid(ruled);
        // Keeping a workstation's 已通过 is an approval too: the code-zone rule holds here as in a push.
        if (
          conflict.entity === 'passRegistrations' &&
          conflict.field === 'status' &&
          conflict.clientValue === 'approved'
        ) {
          const approval = {
            ...RESOLUTION_APPROVAL,
            id: conflict.recordId,
            madeBy: input.resolvedBy,
            madeAt: now,
          };
          const refused = await refuseCodeZoneApprovals(tx, {
            stationId,
            now,
            mutations: [approval],
            madeAt: new Map([[0, now]]),
            refused: new Map(),
          });
          const refusal = refused.get(0);
          if (refusal) throw new Invalid(refusal.reason);
        }
        // A pass registration's code follows its new state (signed, re-signed or cleared).
        const key = recordKey(result.next.entity, result.next.id);
        const settled = new Map([[key, result.next]]);
        await settlePassCodes(tx, settled, now);
        const [seq] = await nextChangeSeqs(tx, 1);
        await upsertRecords(tx, [{ ...(settled.get(key) ?? result.next), changeSeq: seq ?? 0 }], now);
        version = result.next.version;
      }
      await closeConflict(tx, conflict.id, input.choice, input.resolvedBy, now);
      await writeAudit(tx, {
        stationId,
        deviceId: input.deviceId,
        at: now,
        action: 'resolve-conflict',
        entity: conflict.entity,
        entityId: conflict.recordId,
        detail: {
          conflictId: conflict.id,
          field: conflict.field,
          choice: input.choice,
          resolvedBy: input.resolvedBy,
          version,
        },
      });
      await notifyPoke(tx, stationId, await readWatermark(tx, stationId));
      return {
        kind: 'ok',
        conflict: { ...conflict, resolvedAt: now, resolution: input.choice, resolvedBy: input.resolvedBy },
        version,
      };
    });
  } catch (error) {
    if (error instanceof Invalid) return { kind: 'invalid', message: error.message };
    throw error;
  }
}
