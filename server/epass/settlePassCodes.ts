/**
 * The push's pass-code step (called once by server/sync/applyPush.ts, inside its transaction,
 * after the merge and before change seqs are drawn; docs/architecture.md §9): every changed
 * pass registration gets the code its state calls for. Approved, live and matched to a grid:
 * a code signed with the centre's key (a new one only when the name, grid, health code or
 * validity it carries changed, so an unrelated edit keeps the holder's code). Anything else —
 * pending, rejected, revoked, deleted: no code (`passCode: null`), so a gate holding the old
 * code finds it no longer matches. `passCode` is centre-only (a pushed patch may not name it:
 * validateBatch), and it travels back to workstations with the record's change.
 */
import type { Queryable } from '../db/database';
import { buildPassCode } from '#common/epass/passCode';
import { codeSays, passPayloadOf } from '#common/epass/passPayload';
import { passRegistrationSchema } from '#common/schemas/pass';
import { recordKey, type StoredRecord } from '../sync/storedRecord';
import { readPassSigning, type PassSigning } from './passKeys';

export async function settlePassCodes(
  tx: Queryable,
  changed: Map<string, StoredRecord>,
  now: number,
): Promise<void> {
  let signing: PassSigning | null = null;
  for (const record of [...changed.values()]) {
    if (record.entity !== 'passRegistrations') continue;
    const had = typeof record.data.passCode === 'string' ? record.data.passCode : null;
    const parsed = passRegistrationSchema.safeParse(record.data);
    const wanted = parsed.success ? passPayloadOf({ ...parsed.data, deleted: record.deleted }, now) : null;
    let passCode: string | null = null;
    if (wanted && codeSays(had, wanted)) passCode = had;
    else if (wanted) {
      signing ??= await readPassSigning(tx, now);
      passCode = await buildPassCode(wanted, signing.sign);
    }
    if (passCode === had && 'passCode' in record.data) continue;
    changed.set(recordKey(record.entity, record.id), { ...record, data: { ...record.data, passCode } });
  }
}
