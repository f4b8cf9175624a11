/**
 * One gate check (docs/architecture.md §9): the typed or scanned code is read and verified
 * offline against the one key this workstation trusts (renderer/sync/passKey.ts), judged
 * against the cached registration and the checkpoint (common/epass/gateVerdict.ts), and
 * recorded as a `gateChecks` row through writeLocalChange (row, outbox and audit in one
 * transaction; synced). A refusal is logged with its reason and the checkpoint — never the
 * code, the holder's name or the registration.
 */
import { createLogger } from '#common/log';
import { isFever, judgeGatePass, type GateVerdict } from '#common/epass/gateVerdict';
import { importPassPublicKey, readPassCode } from '#common/epass/passCode';
import type { GateDirection } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { actorOf, type Session } from '#renderer/shared/session';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { trustedPassKey } from '#renderer/sync/passKey';
import { queryRegistration, type GateCheckpoint } from './gateQueries';

const log = createLogger('gate');

export interface GateCheckInput {
  gate: GateCheckpoint;
  direction: GateDirection;
  code: string;
  temperature: number | null;
  now?: number;
}

export type GateCheckOutcome =
  | {
      kind: 'checked';
      id: string;
      verdict: GateVerdict;
      fever: boolean;
      checkedAt: number;
      trust: 'centre' | 'demo';
    }
  /** Enrolled, and the centre's key is not cached yet: nothing can be verified or recorded. */
  | { kind: 'no-key' };

export async function checkPass(
  db: GridroomDb,
  session: Session,
  input: GateCheckInput,
): Promise<GateCheckOutcome> {
  const now = input.now ?? Date.now();
  const trusted = await trustedPassKey(db);
  if (trusted.kind === 'missing') return { kind: 'no-key' };
  const reading = await readPassCode(input.code, await importPassPublicKey(trusted.key.publicKey));
  const registration = reading.ok ? await queryRegistration(db, reading.payload.registrationId) : null;
  const { checkpoint } = input.gate;
  const verdict = judgeGatePass(reading, input.code, registration, {
    stationId: checkpoint.stationId,
    checkpoint,
    level: input.gate.level,
    direction: input.direction,
    now,
    trust: trusted.kind,
  });
  const id = crypto.randomUUID();
  const patch = {
    checkpointId: checkpoint.id,
    gridId: checkpoint.gridId,
    registrationId: verdict.payload?.registrationId ?? null,
    direction: input.direction,
    result: verdict.result,
    healthCode: verdict.payload?.healthCode ?? null,
    maskedName: verdict.payload?.maskedName ?? null,
    temperature: input.temperature,
    checkedAt: now,
    checkedBy: session.name.slice(0, 30),
  };
  await writeLocalChange(db, { entity: 'gateChecks', id, patch, now, ...actorOf(session) });
  const fever = isFever(input.temperature);
  if (verdict.result !== 'valid' || fever)
    log.info('gate check refused or flagged', {
      result: verdict.result,
      defect: reading.ok ? null : reading.defect,
      fever,
      direction: input.direction,
      checkpointId: checkpoint.id,
      key: trusted.kind,
    });
  return { kind: 'checked', id, verdict, fever, checkedAt: now, trust: trusted.kind };
}
