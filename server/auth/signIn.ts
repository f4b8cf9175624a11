/**
 * Officer sign-in at a device (POST /auth/signin): badge + PIN of an active officer of the
 * device's station → a session bound to the device until the shift's end. Order of checks:
 * display device (never signs in) → lock-out (a try is taken before any hashing) → one scrypt
 * verification, also for an unknown badge (same time, counted the same) → inactive (told only
 * to someone who knew the PIN). On success, in one transaction: clear the tries, end any open
 * session at the device (another officer's = a handover, audited), open the new one, record
 * the online sign-in at this device (officer_devices) and audit it.
 */
import { DEFAULT_SHIFT_HOURS, type SignInRefusal, type SignedInOfficer } from '#common/auth/protocol';
import { writeAudit } from '../audit/writeAudit';
import type { Database } from '../db/database';
import type { Device } from './devices';
import { officerById, officerByBadge, pinHashOf, signedIn } from './officers';
import { endSessions, openSession, openSessionsOfDevice, recordOnlineSignIn } from './officerSessions';
import { verifyPin } from './pinHash';
import { clearTries, takeTry } from './signInAttempts';

export type SignInOutcome =
  | {
      kind: 'ok';
      officer: SignedInOfficer;
      token: string;
      sessionId: string;
      expiresAt: number;
      handoverFrom: SignedInOfficer | null;
    }
  | { kind: 'refused'; refusal: SignInRefusal; triesLeft?: number; lockedUntil?: number };

export interface SignInInput {
  device: Device;
  badgeNo: string;
  pin: string;
  now: number;
  shiftMs?: number;
}

export async function signIn(db: Database, input: SignInInput): Promise<SignInOutcome> {
  const { device, badgeNo, pin, now } = input;
  const refused = async (
    refusal: SignInRefusal,
    extra: { triesLeft?: number; lockedUntil?: number } = {},
    officerId: string | null = null,
  ): Promise<SignInOutcome> => {
    await writeAudit(db, {
      stationId: device.stationId,
      deviceId: device.id,
      officerId,
      at: now,
      action: 'signin-refused',
      detail: { refusal, ...extra },
    });
    return { kind: 'refused', refusal, ...extra };
  };
  if (device.kind === 'display') return refused('display-device');

  const ticket = await takeTry(db, device.stationId, badgeNo, now);
  if (ticket.kind === 'locked') return refused('locked', { lockedUntil: ticket.lockedUntil });
  const officer = await officerByBadge(db, device.stationId, badgeNo);
  const ok = await verifyPin(pin, officer ? await pinHashOf(db, officer.id) : null);
  const tried = {
    triesLeft: ticket.triesLeft,
    ...(ticket.lockedUntil !== null ? { lockedUntil: ticket.lockedUntil } : {}),
  };
  if (!officer) return refused('unknown-badge', tried);
  if (!ok) return refused('wrong-pin', tried, officer.id);
  await clearTries(db, device.stationId, badgeNo);
  if (!officer.active) return refused('inactive', {}, officer.id);

  const expiresAt = now + (input.shiftMs ?? DEFAULT_SHIFT_HOURS * 3_600_000);
  return db.transaction(async (tx) => {
    const previous = await openSessionsOfDevice(tx, device.id, now);
    await endSessions(
      tx,
      { ids: previous.filter((s) => s.officerId !== officer.id).map((s) => s.id) },
      'handover',
      now,
    );
    await endSessions(
      tx,
      { ids: previous.filter((s) => s.officerId === officer.id).map((s) => s.id) },
      'replaced',
      now,
    );
    const handedOver = previous.find((s) => s.officerId !== officer.id);
    const from = handedOver ? await officerById(tx, device.stationId, handedOver.officerId) : null;
    const opened = await openSession(tx, {
      officerId: officer.id,
      stationId: device.stationId,
      deviceId: device.id,
      now,
      expiresAt,
    });
    await recordOnlineSignIn(tx, officer.id, device.id, now);
    const base = { stationId: device.stationId, deviceId: device.id, at: now, officerId: officer.id };
    await writeAudit(tx, { ...base, action: 'signin', detail: { sessionId: opened.session.id, expiresAt } });
    if (handedOver)
      await writeAudit(tx, {
        ...base,
        action: 'handover',
        detail: {
          fromOfficerId: handedOver.officerId,
          fromSessionId: handedOver.id,
          sessionId: opened.session.id,
        },
      });
    return {
      kind: 'ok',
      officer: signedIn(officer),
      token: opened.token,
      sessionId: opened.session.id,
      expiresAt,
      handoverFrom: from ? signedIn(from) : null,
    };
  });
}
