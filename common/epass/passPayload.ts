/**
 * What a registration's pass code says (docs/architecture.md §9): the payload the signer signs
 * for an approved registration, and whether a code already issued still says it — so the
 * centre re-signs only when the holder's name, grid, health code or validity changed, and a
 * code stays the same across edits that do not touch it. Pure.
 */
import type { PassRegistration } from '../schemas';
import { fromBase64url } from '../identity/base64url';
import { decodePassPayload, PASS_CODE_PREFIX, PASS_CODE_VERSION, type PassCodePayload } from './passCode';

type Signable = Pick<
  PassRegistration,
  | 'id'
  | 'stationId'
  | 'status'
  | 'deleted'
  | 'gridId'
  | 'maskedName'
  | 'healthCode'
  | 'healthCodeAt'
  | 'validFrom'
  | 'validUntil'
>;

/** The payload an approved, live registration with a grid gets; null for any other (no code). */
export function passPayloadOf(r: Signable, issuedAt: number): PassCodePayload | null {
  if (r.deleted || r.status !== 'approved' || r.gridId === null) return null;
  return {
    version: PASS_CODE_VERSION,
    stationId: r.stationId,
    registrationId: r.id,
    gridId: r.gridId,
    maskedName: r.maskedName,
    healthCode: r.healthCode,
    healthCodeAt: r.healthCodeAt,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
    issuedAt,
  };
}

/**
 * The payload a stored code carries, read WITHOUT checking its signature: only for the
 * signer's own bookkeeping (is the code on the record still the right one?), never at a gate.
 */
export function unverifiedPayloadOf(code: string): PassCodePayload | null {
  const [prefix, payloadPart, ...rest] = code.split('.');
  if (prefix !== PASS_CODE_PREFIX || payloadPart === undefined || rest.length !== 1) return null;
  try {
    return decodePassPayload(fromBase64url(payloadPart));
  } catch {
    return null;
  }
}

/** Whether `code` (if any) says exactly what `wanted` says, issue time aside. */
export function codeSays(code: string | null | undefined, wanted: PassCodePayload): boolean {
  if (typeof code !== 'string') return false;
  const had = unverifiedPayloadOf(code);
  if (!had) return false;
  return (Object.keys(wanted) as (keyof PassCodePayload)[]).every(
    (k) => k === 'issuedAt' || had[k] === wanted[k],
  );
}
