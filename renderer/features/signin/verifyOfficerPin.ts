/**
 * Checking an officer's PIN for a signature (the incoming officer signing a handover sheet),
 * exactly as sign-in checks it (signInFlow): online at the centre, or — when the centre can't
 * be reached — against the offline verifier cached here; wrong PINs count towards the same
 * lock-out. It signs nobody in: a centre session the online check opened is ended at once
 * (best effort; it expires with the shift anyway). The caller compares the officer it answers
 * with the one who must sign.
 */
import type { GridroomDb } from '#renderer/db/database';
import { signOutAtCentre } from './authRequests';
import { signIn, type SignInResult } from './signInFlow';

export async function verifyOfficerPin(db: GridroomDb, badgeNo: string, pin: string): Promise<SignInResult> {
  const result = await signIn(db, badgeNo, pin);
  if (result.ok && result.value.token) await signOutAtCentre(db, result.value.token).catch(() => undefined);
  return result;
}
