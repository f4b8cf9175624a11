/**
 * The checks a pass registration gets at intake that need nothing but the row itself
 * (docs/architecture.md §9): a malformed claimed address, impossible dates, an ID number that
 * fails its check digit or names an impossible birth date. Each is a flag — the registration
 * is still queued for review, never dropped. The checks that need the station's data (address
 * unknown, grid unknown, duplicate) are the centre's (server/intake/). Pure.
 */
import { intakeFlags, type ClaimedAddress, type IntakeFlag } from '../schemas/pass';
import { checkResidentId } from './residentId';

/** A clock may run this far ahead of the centre's before its "now" is impossible. */
export const INTAKE_CLOCK_SKEW_MS = 5 * 60_000;
/** The health code is read while registering: read later than submission by more is impossible. */
export const HEALTH_CODE_AFTER_SUBMIT_MS = 10 * 60_000;
/** Nothing of the pass existed before 2020 (the registration systems started in 2020). */
export const PASS_EPOCH_MS = Date.UTC(2020, 0, 1) - 8 * 3_600_000;

/** Letters and digits of any script (汉字 included), and the punctuation addresses use. */
const ADDRESS_CHARS = /^[\p{L}\p{N}\-#·、()（）—–_/.,，。]+$/u;
const HAS_LETTER = /\p{L}/u;
const PART_CHARS = /^[\p{L}\p{N}\-#]*$/u;

/**
 * Whether a claimed address cannot be a standard address as typed: fewer than 4 characters
 * once white space is removed, no letter or 汉字 at all (`12345`), a character no address
 * holds (control characters, symbols, emoji), or a building, unit or room with anything but
 * letters, digits, `-` and `#`.
 */
export function addressMalformed(claim: ClaimedAddress): boolean {
  const address = claim.address.replace(/\s+/g, '');
  if (Array.from(address).length < 4 || !HAS_LETTER.test(address) || !ADDRESS_CHARS.test(address))
    return true;
  return [claim.building, claim.unit, claim.room].some((part) => !PART_CHARS.test(part.replace(/\s+/g, '')));
}

export interface IntakeDates {
  submittedAt: number;
  healthCodeAt: number;
}

/**
 * Whether a registration's dates are impossible at `now`: submitted or read in the future
 * (beyond the clock skew), before 2020, or the health code read more than
 * HEALTH_CODE_AFTER_SUBMIT_MS after submission.
 */
export function datesImpossible(dates: IntakeDates, now: number): boolean {
  const latest = now + INTAKE_CLOCK_SKEW_MS;
  return (
    dates.submittedAt > latest ||
    dates.healthCodeAt > latest ||
    dates.submittedAt < PASS_EPOCH_MS ||
    dates.healthCodeAt < PASS_EPOCH_MS ||
    dates.healthCodeAt > dates.submittedAt + HEALTH_CODE_AFTER_SUBMIT_MS
  );
}

/** The birth date an 18-character ID names, as UTC midnight (ms); NaN when it names none. */
function birthDateOf(id: string): number {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = Date.UTC(y, m - 1, d);
  const back = new Date(date);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? date : NaN;
}

/**
 * The flags an ID number of the right shape (17 digits and a digit or X) earns: `id-check-digit`
 * when its check character is wrong, `date-impossible` when its birth date does not exist, is
 * before 1900, or is after the registration was submitted.
 */
export function residentIdFlags(id: string, submittedAt: number): IntakeFlag[] {
  const normalised = id.trim().toUpperCase();
  const checked = checkResidentId(normalised);
  if (!checked.ok && checked.problem !== 'check-digit')
    return checked.problem === 'birth-date' ? ['date-impossible'] : ['id-check-digit'];
  const flags: IntakeFlag[] = checked.ok ? [] : ['id-check-digit'];
  if (birthDateOf(normalised) > submittedAt) flags.push('date-impossible');
  return flags;
}

/** Everything above, in the order of common/schemas/pass.ts `intakeFlags`, each once. */
export function rowIntakeFlags(
  row: IntakeDates & { claimedAddress: ClaimedAddress; residentId: string | null },
  now: number,
): IntakeFlag[] {
  const flags = new Set<IntakeFlag>();
  if (addressMalformed(row.claimedAddress)) flags.add('address-malformed');
  if (row.residentId !== null) for (const f of residentIdFlags(row.residentId, row.submittedAt)) flags.add(f);
  if (datesImpossible(row, now)) flags.add('date-impossible');
  return orderFlags(flags);
}

/** Flags in their canonical order, each once. */
export function orderFlags(flags: Iterable<IntakeFlag>): IntakeFlag[] {
  const set = new Set(flags);
  return intakeFlags.filter((f) => set.has(f));
}
