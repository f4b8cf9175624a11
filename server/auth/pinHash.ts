/**
 * Officers' PINs as slow hashes (server only). scrypt from node:crypto, run on libuv's
 * threadpool (async, never on the event loop), with N = 2^15, r = 8, p = 1 (32 MiB per hash),
 * a 16-byte random salt per officer and a 32-byte key. Measured here (2 cores): ~100 ms per
 * hash; 80 in parallel ~4.1 s. Stored as `scrypt$<log2 N>$<r>$<p>$<salt b64>$<key b64>`, so a
 * later change of parameters still verifies old hashes. Comparison is constant-time.
 * `verifyPin` against `null` (unknown badge, no PIN set) hashes anyway and fails, so an
 * unknown badge costs the same time as a known one.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

export const PIN_SCRYPT: ScryptParams = { log2N: 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(pin: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** params.log2N,
    r: params.r,
    p: params.p,
    maxmem: 256 * params.r * 2 ** params.log2N,
  };
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string, params: ScryptParams = PIN_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(pin, salt, params);
  return ['scrypt', params.log2N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  params: ScryptParams;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return null;
  const params = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  if (![params.log2N, params.r, params.p].every((n) => Number.isInteger(n) && n > 0 && n <= 20)) return null;
  return { params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

const dummy: ParsedHash = { params: PIN_SCRYPT, salt: Buffer.alloc(SALT_BYTES), key: Buffer.alloc(KEY_BYTES) };

/** Whether `pin` matches `stored`; with `stored` null it still spends one hash and says no. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  const parsed = (stored !== null ? parseHash(stored) : null) ?? dummy;
  const key = await derive(pin, parsed.salt, parsed.params);
  const match = key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
  return match && parsed !== dummy;
}
