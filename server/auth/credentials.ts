/**
 * Device credentials `<deviceId>.<secret>`: the secret is 32 random bytes (base64url); the
 * server keeps only its SHA-256 and compares hashes in constant time. Enrolment codes are
 * stored hashed too (normalised: see normaliseEnrolmentCode), so a database dump reveals neither.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { idSchema } from '#common/schemas/base';

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function formatCredential(deviceId: string, secret: string): string {
  return `${deviceId}.${secret}`;
}

export function parseCredential(credential: string): { deviceId: string; secret: string } | null {
  const dot = credential.indexOf('.');
  if (dot < 0) return null;
  const deviceId = credential.slice(0, dot);
  const secret = credential.slice(dot + 1);
  if (!idSchema.safeParse(deviceId).success || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { deviceId, secret };
}

/** Constant-time comparison of two hex digests. */
export function hashesEqual(aHex: string, bHex: string): boolean {
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/**
 * A code as typed, normalised: upper case, without spaces or hyphens, and Crockford's
 * look-alikes read as digits (O → 0, I and L → 1), so `abcd-efgh …` and `ABCDEFGH…` match.
 */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function hashEnrolmentCode(code: string): string {
  return sha256Hex(`gridroom-enrolment:${normaliseEnrolmentCode(code)}`);
}
