/**
 * What a gate check finds (docs/architecture.md §9): the one result a guard acts on, from the
 * code's reading (passCode.ts), the registration the workstation's cache holds for it, and the
 * checkpoint. Pure; the gate panel and the tests ask the same function.
 *
 * Order (the first that applies wins): the code itself (malformed, forged); whose pass it is
 * (another station's; one this cache does not hold); its standing (revoked — by status, or
 * because the centre has since re-signed or cleared the code; not approved); its window (not
 * yet valid, expired); then the checkpoint's rules (another grid's pass; a red or yellow code
 * where the grid's level forbids it, `codeAllowedIn`; an exit at an in-only checkpoint 只进不出).
 * Only `valid` admits. A genuine code names its holder (masked) whatever the result.
 */
import { codeAllowedIn, passValidAt } from '../domain/passRules';
import type { CheckpointMode, ControlLevel, GateDirection, GateResult, PassRegistration } from '../schemas';
import { FEVER_THRESHOLD_C } from '../schemas/pass';
import type { PassCodePayload, PassCodeReading } from './passCode';
import { codeSays, passPayloadOf } from './passPayload';

export interface GateContext {
  /** The workstation's own station. */
  stationId: string;
  checkpoint: { gridId: string; mode: CheckpointMode };
  /** The control level of the checkpoint's grid now. */
  level: ControlLevel;
  direction: GateDirection;
  now: number;
  /**
   * Which key the code was checked with. `centre`: the registration must carry exactly this
   * code (the centre sets it). `demo` (no centre, demo key): nobody sets `passCode`, so the
   * code must say what the approved registration says now (name, grid, colour, validity).
   */
  trust: 'centre' | 'demo';
}

export interface GateVerdict {
  result: GateResult;
  /** The verified payload; null when the code was malformed or forged. */
  payload: PassCodePayload | null;
}

type CachedRegistration = Pick<
  PassRegistration,
  | 'id'
  | 'stationId'
  | 'status'
  | 'passCode'
  | 'deleted'
  | 'gridId'
  | 'maskedName'
  | 'healthCode'
  | 'healthCodeAt'
  | 'validFrom'
  | 'validUntil'
>;

function isCurrentCode(code: string, registration: CachedRegistration, trust: GateContext['trust']): boolean {
  if (trust === 'centre') return registration.passCode === code;
  const wanted = passPayloadOf(registration, 0);
  return wanted !== null && codeSays(code, wanted);
}

export function judgeGatePass(
  reading: PassCodeReading,
  code: string,
  registration: CachedRegistration | null,
  ctx: GateContext,
): GateVerdict {
  if (!reading.ok) return { result: reading.result, payload: null };
  const payload = reading.payload;
  const verdict = (result: GateResult): GateVerdict => ({ result, payload });
  if (payload.stationId !== ctx.stationId) return verdict('other-station');
  if (!registration || registration.deleted || registration.id !== payload.registrationId)
    return verdict('unknown-pass');
  if (registration.status === 'revoked') return verdict('revoked');
  if (registration.status !== 'approved') return verdict('not-approved');
  if (!isCurrentCode(code.trim(), registration, ctx.trust)) return verdict('revoked');
  if (ctx.now < payload.validFrom) return verdict('not-yet-valid');
  if (!passValidAt(payload, ctx.now)) return verdict('expired');
  if (payload.gridId !== ctx.checkpoint.gridId) return verdict('wrong-zone');
  if (!codeAllowedIn(payload.healthCode, ctx.level)) return verdict('code-colour');
  if (ctx.checkpoint.mode === 'in-only' && ctx.direction === 'out') return verdict('exit-at-in-only');
  return verdict('valid');
}

/** 发热: a reading at or above 37.3 °C. */
export function isFever(temperature: number | null): boolean {
  return temperature !== null && temperature >= FEVER_THRESHOLD_C;
}
