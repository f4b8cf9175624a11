/**
 * One step both of the push's resident-ID settlements take (findings in settleResidentIds,
 * registrations in settleRegistrationIds): a record's sealed ID, as stored, to its matching
 * key — parse the envelope, read the centre's secrets of its key id (once per push, through
 * `secrets`), open it under the record's id, HMAC the number. Null for anything that does not
 * open; nothing about the number leaves this function but its HMAC.
 */
import { residentIdEnvelopeSchema } from '#common/identity/envelopeFormat';
import type { Queryable } from '../db/database';
import { readIdentitySecrets, type IdentitySecrets } from './identitySecrets';
import { openEnvelope, residentIdHmac } from './openEnvelope';

/** The centre's secrets by key id, read at most once per push. */
export type SecretsByKid = Map<string, IdentitySecrets | null>;

export async function sealedIdHmac(
  tx: Queryable,
  secrets: SecretsByKid,
  sealed: unknown,
  recordId: string,
): Promise<string | null> {
  const envelope = residentIdEnvelopeSchema.safeParse(sealed);
  if (!envelope.success) return null;
  const kid = envelope.data.kid;
  if (!secrets.has(kid)) secrets.set(kid, await readIdentitySecrets(tx, kid));
  const keys = secrets.get(kid);
  if (!keys) return null;
  const id = await openEnvelope(envelope.data, recordId, keys);
  return id === null ? null : residentIdHmac(id, keys.hmacSecret);
}
