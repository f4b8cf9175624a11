/**
 * Resident identity numbers (GB 11643-1999, 18 characters): check-digit validation and the
 * display mask. Gridroom never keeps a raw ID number, nor anything a workstation could test a
 * guess against: a finding holds the mask below for display, and (until the centre has opened
 * it) an envelope only the centre's private key opens (common/identity/). Matching the same
 * person across visits happens at the centre, on an HMAC under a server-only secret.
 *
 * Why the mask is safe, in numbers. `3502**********123X` keeps the province + prefecture (4
 * digits) and the last four (3-digit sequence + check character); it hides the county (2
 * digits) and the whole birth date (8 digits). Consistent with one mask are: 100 county codes
 * × 46,000-odd birth dates (1900-01-01 to today) ≈ 4.6 million 17-digit prefixes, of which the
 * visible check character keeps about one in 11 — about 420,000 valid ID numbers per mask
 * (test/unit/domain/residentIdBruteForce.test.ts counts them exactly). Even restricted to the
 * prefecture's ~10 real county codes and ages 0–100 it is ~33,000. Enumerating them is cheap;
 * the point is that nothing on a workstation can tell which one is right: no hash, no salt, no
 * HMAC, and the envelope is sealed to the centre's public key with a fresh ephemeral key, so
 * without the centre's private key there is no oracle to test a candidate against.
 * The old mask (`350203********123X`) hid only the birth date, and a salted hash with a salt
 * shipped in the app was the oracle: `remaskResidentId` turns such masks into the new form.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

/** The masked form: 4 digits kept, 10 hidden, the last 4 kept. */
export const RESIDENT_ID_MASK = /^\d{4}\*{10}\d{3}[\dX]$/;
/** The form before issue 12 (county kept, only the birth date hidden): migrated, never written. */
const OLD_MASK = /^(\d{4})\d{2}\*{8}(\d{3}[\dX])$/;

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

/** `350203199001011234` → `3502**********1234`: province + prefecture and the last four kept. */
export function maskResidentId(id: string): string {
  return `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(14)}`;
}

/**
 * A stored mask in today's form: the old `350203********123X` loses its county digits; a mask
 * already in the new form is returned as it is; anything else is null (not a mask we wrote).
 */
export function remaskResidentId(mask: string): string | null {
  if (RESIDENT_ID_MASK.test(mask)) return mask;
  const old = OLD_MASK.exec(mask);
  return old ? `${old[1]}${'*'.repeat(10)}${old[2]}` : null;
}

/** `张三明` → `张*明`; two characters → `张*`. */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
