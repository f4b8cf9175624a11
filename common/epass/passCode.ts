/**
 * The signed pass code 通行证码 (docs/architecture.md §9, "The gate check"): what the centre
 * signs on approval and a gate verifies OFFLINE with the centre's public key. Pure; the same in
 * Node (the centre, tests) and Chromium (the workstation), through WebCrypto's Ed25519.
 *
 * Format: `GRP1.<payload>.<signature>`, both parts base64url without padding. The payload is a
 * fixed binary layout (a QR code stays small: ~210 characters in all), big-endian:
 *
 *   0       version (1)
 *   1–16    station id (UUID bytes)       17–32  registration id        33–48  grid id
 *   49      health-code colour (0 green, 1 yellow, 2 red)
 *   50–55   health code read at (ms, 48 bit)       56–61  valid from     62–67  valid until
 *   68–73   issued at
 *   74      byte length L of the masked name (1–90), then 75…75+L−1 its UTF-8
 *
 * The signature is Ed25519 over the ASCII of `GRP1.<payload>` (the prefix is signed too).
 *
 * Reading is strict and bounded, in this order: length ≤ PASS_CODE_MAX, exactly three parts,
 * the prefix, the base64url alphabet, a 64-byte signature and a payload within its bounds —
 * otherwise `malformed`; then the signature — otherwise `forged` (a changed byte, another key,
 * a demo-signed code at a real station); then the payload's layout and zod schema — otherwise
 * `malformed` (only a genuine key could sign such bytes). Nothing here throws on bad input, and
 * no part of a refused code is returned.
 */
import { z } from 'zod';
import { fromBase64url, toBase64url } from '../identity/base64url';
import type { WebCryptoKey } from '../identity/envelopeFormat';
import { epochMsSchema, idSchema } from '../schemas/base';
import { healthCodeColours, healthCodeColourSchema, PASS_CODE_MAX } from '../schemas/pass';

export const PASS_CODE_PREFIX = 'GRP1';
export const PASS_CODE_VERSION = 1;

const NAME_MAX_BYTES = 90;
const FIXED_BYTES = 75;
const SIGNATURE_BYTES = 64;
/** 2^48: the largest instant the layout holds (year 10889). */
const MAX_INSTANT = 2 ** 48;

export const passCodePayloadSchema = z
  .object({
    version: z.literal(PASS_CODE_VERSION),
    stationId: idSchema,
    registrationId: idSchema,
    gridId: idSchema,
    maskedName: z.string().min(1).max(30),
    healthCode: healthCodeColourSchema,
    healthCodeAt: epochMsSchema.max(MAX_INSTANT - 1),
    validFrom: epochMsSchema.max(MAX_INSTANT - 1),
    validUntil: epochMsSchema.max(MAX_INSTANT - 1),
    issuedAt: epochMsSchema.max(MAX_INSTANT - 1),
  })
  .strict()
  .refine((p) => p.validUntil > p.validFrom, { message: 'validUntil must be after validFrom' });

export type PassCodePayload = z.infer<typeof passCodePayloadSchema>;

/** Why a code was refused before any of its content was believed (for the log, not the guard). */
export type PassCodeDefect =
  | 'oversize'
  | 'parts'
  | 'prefix'
  | 'alphabet'
  | 'signature-length'
  | 'payload-length'
  | 'signature'
  | 'layout';

export type PassCodeReading =
  | { ok: true; payload: PassCodePayload }
  | { ok: false; result: 'malformed' | 'forged'; defect: PassCodeDefect };

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID_HEX = /^[0-9a-f]{32}$/;
const encodedLength = (bytes: number) => Math.ceil((bytes * 4) / 3);
const PAYLOAD_MIN_CHARS = encodedLength(FIXED_BYTES + 1);
const PAYLOAD_MAX_CHARS = encodedLength(FIXED_BYTES + NAME_MAX_BYTES);
const SIGNATURE_CHARS = encodedLength(SIGNATURE_BYTES);

function uuidBytes(id: string, out: Uint8Array, at: number): void {
  const hex = id.replace(/-/g, '').toLowerCase();
  if (!UUID_HEX.test(hex)) throw new Error('not a UUID');
  for (let i = 0; i < 16; i++) out[at + i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
}

function uuidText(bytes: Uint8Array, at: number): string {
  const hex = Array.from(bytes.subarray(at, at + 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function putInstant(value: number, out: Uint8Array, at: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value >= MAX_INSTANT)
    throw new Error('instant out of range');
  let rest = value;
  for (let i = 5; i >= 0; i--) {
    out[at + i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
}

function readInstant(bytes: Uint8Array, at: number): number {
  let value = 0;
  for (let i = 0; i < 6; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return value;
}

/** The payload's bytes (throws on a payload that does not pass its schema: the signer's bug). */
export function encodePassPayload(payload: PassCodePayload): Uint8Array<ArrayBuffer> {
  const p = passCodePayloadSchema.parse(payload);
  const name = new TextEncoder().encode(p.maskedName);
  if (name.length > NAME_MAX_BYTES) throw new Error('masked name too long for a pass code');
  const out = new Uint8Array(FIXED_BYTES + name.length);
  out[0] = p.version;
  uuidBytes(p.stationId, out, 1);
  uuidBytes(p.registrationId, out, 17);
  uuidBytes(p.gridId, out, 33);
  out[49] = healthCodeColours.indexOf(p.healthCode);
  putInstant(p.healthCodeAt, out, 50);
  putInstant(p.validFrom, out, 56);
  putInstant(p.validUntil, out, 62);
  putInstant(p.issuedAt, out, 68);
  out[74] = name.length;
  out.set(name, FIXED_BYTES);
  return out;
}

/** The payload from its bytes, or null when the layout or the schema does not hold. */
export function decodePassPayload(bytes: Uint8Array): PassCodePayload | null {
  if (bytes.length < FIXED_BYTES + 1 || bytes.length > FIXED_BYTES + NAME_MAX_BYTES) return null;
  const nameLength = bytes[74] ?? 0;
  if (bytes.length !== FIXED_BYTES + nameLength) return null;
  let maskedName: string;
  try {
    maskedName = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(FIXED_BYTES));
  } catch {
    return null;
  }
  const parsed = passCodePayloadSchema.safeParse({
    version: bytes[0],
    stationId: uuidText(bytes, 1),
    registrationId: uuidText(bytes, 17),
    gridId: uuidText(bytes, 33),
    maskedName,
    healthCode: healthCodeColours[bytes[49] ?? 255],
    healthCodeAt: readInstant(bytes, 50),
    validFrom: readInstant(bytes, 56),
    validUntil: readInstant(bytes, 62),
    issuedAt: readInstant(bytes, 68),
  });
  return parsed.success ? parsed.data : null;
}

const signingInput = (payloadPart: string) => new TextEncoder().encode(`${PASS_CODE_PREFIX}.${payloadPart}`);

/** Signs with whatever holds the private key (node:crypto at the centre, WebCrypto in the demo). */
export type PassSigner = (message: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

/** The code for a payload, signed by `sign`. */
export async function buildPassCode(payload: PassCodePayload, sign: PassSigner): Promise<string> {
  const payloadPart = toBase64url(encodePassPayload(payload));
  const signature = await sign(signingInput(payloadPart));
  if (signature.length !== SIGNATURE_BYTES) throw new Error('an Ed25519 signature is 64 bytes');
  const code = `${PASS_CODE_PREFIX}.${payloadPart}.${toBase64url(signature)}`;
  if (code.length > PASS_CODE_MAX) throw new Error('pass code longer than PASS_CODE_MAX');
  return code;
}

/** Imports a raw 32-byte Ed25519 public key (base64url) for verifying. */
export async function importPassPublicKey(raw: string): Promise<WebCryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', fromBase64url(raw), { name: 'Ed25519' }, false, [
    'verify',
  ]);
}

/** Reads and verifies a typed or scanned code against the one key this workstation trusts. */
export async function readPassCode(input: string, publicKey: WebCryptoKey): Promise<PassCodeReading> {
  const malformed = (defect: PassCodeDefect): PassCodeReading => ({ ok: false, result: 'malformed', defect });
  if (input.length > PASS_CODE_MAX) return malformed('oversize');
  const text = input.trim();
  const parts = text.split('.');
  if (parts.length !== 3) return malformed('parts');
  const [prefix = '', payloadPart = '', signaturePart = ''] = parts;
  if (prefix !== PASS_CODE_PREFIX) return malformed('prefix');
  if (!BASE64URL.test(payloadPart) || !BASE64URL.test(signaturePart)) return malformed('alphabet');
  if (signaturePart.length !== SIGNATURE_CHARS) return malformed('signature-length');
  if (
    payloadPart.length < PAYLOAD_MIN_CHARS ||
    payloadPart.length > PAYLOAD_MAX_CHARS ||
    payloadPart.length % 4 === 1
  )
    return malformed('payload-length');
  let genuine: boolean;
  try {
    genuine = await globalThis.crypto.subtle.verify(
      { name: 'Ed25519' },
      publicKey,
      fromBase64url(signaturePart),
      signingInput(payloadPart),
    );
  } catch {
    genuine = false;
  }
  if (!genuine) return { ok: false, result: 'forged', defect: 'signature' };
  const payload = decodePassPayload(fromBase64url(payloadPart));
  return payload ? { ok: true, payload } : malformed('layout');
}
