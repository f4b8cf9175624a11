/**
 * Rotating the device credential on a schedule, unseen by the officer (the sync worker asks
 * before each cycle). Pure over injected parts: the rotate call (authClient), the sealed store
 * and a clock.
 *
 * Invariants:
 * - The credential in use changes only after the new one has been stored: a crash between the
 *   centre's reply and the store leaves the device on the old credential, which the centre
 *   keeps accepting for its grace period — and a retry with it replaces the unseen new one.
 * - A lost reply (network error, timeout) leaves everything as it was; the next cycle retries.
 * - Nothing is rotated before `scheduleMs` has passed since the credential was issued.
 */
import type { RotateCredentialReply } from '../auth/protocol';

/** Rotate a week after the credential was issued. */
export const DEFAULT_ROTATION_SCHEDULE_MS = 7 * 24 * 3_600_000;

export interface CredentialRotationDeps {
  /** POST /devices/rotate with the current credential. */
  rotate(signal?: AbortSignal): Promise<RotateCredentialReply>;
  /** Keeps the new credential where the old one was (sealed); throws if it cannot. */
  store(credential: string, issuedAt: number): Promise<void>;
  now(): number;
  scheduleMs?: number;
}

export interface CredentialRotator {
  /** The credential to send now. */
  current(): string;
  /** Rotates when due; rejects with the rotate call's or the store's error (nothing changed then). */
  rotateIfDue(signal?: AbortSignal): Promise<'not-due' | 'rotated'>;
}

export function createCredentialRotator(
  deps: CredentialRotationDeps,
  initial: { credential: string; issuedAt: number },
): CredentialRotator {
  const scheduleMs = deps.scheduleMs ?? DEFAULT_ROTATION_SCHEDULE_MS;
  let state = initial;
  return {
    current: () => state.credential,
    async rotateIfDue(signal) {
      const now = deps.now();
      if (now - state.issuedAt < scheduleMs) return 'not-due';
      const reply = await deps.rotate(signal);
      await deps.store(reply.credential, now);
      state = { credential: reply.credential, issuedAt: now };
      return 'rotated';
    },
  };
}
