/**
 * Resident identity numbers (GB 11643-1999, 18 characters): check-digit validation, salted
 * hashing and masking. Gridroom never stores a raw ID number: findings keep only the salted
 * SHA-256 (to match the same person across visits) and the mask shown on screen.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The check character (0–9 or X) for the first 17 digits, per ISO 7064 MOD 11-2. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

export type ResidentIdProblem = 'shape' | 'birth-date' | 'check-digit';

/** Normalises (trim, upper-case x) and checks shape, birth date and check digit. */
export function checkResidentId(raw: string): { ok: true; id: string } | { ok: false; problem: ResidentIdProblem } {
  const id = raw.trim().toUpperCase();
  if (!SHAPE.test(id)) return { ok: false, problem: 'shape' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const plausible =
    y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!plausible) return { ok: false, problem: 'birth-date' };
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'check-digit' };
  return { ok: true, id };
}

export function isValidResidentId(raw: string): boolean {
  return checkResidentId(raw).ok;
}

/** `350203199001011234` → `350203********123X`-style: region code and last four kept. */
export function maskResidentId(id: string): string {
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

/** `张三明` → `张*明`; two characters → `张*`. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Salted SHA-256 (hex) of a normalised ID number, with Web Crypto (browser and Node 20). */
export async function hashResidentId(id: string, salt: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${salt}:${id.trim().toUpperCase()}`);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
