/**
 * Every resident ID number consistent with a stored mask (pure; Node and browser): each hidden
 * digit tried — for today's mask the county code 00–99 and every birth date from 1900-01-01 to
 * today — keeping those whose check character agrees with the visible one. The enumeration
 * behind issue 12's brute-force tests (residentIdAttack.ts runs it against stored data).
 */
import { residentIdCheckChar } from '#common/domain/residentId';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Every birth date (YYYYMMDD) from 1900-01-01 to `today`. */
export function birthDates(today: Date): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(1900, 0, 1); t <= today.getTime(); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10).replaceAll('-', ''));
  return out;
}

/** Candidates for a mask, 18 characters with `*` for hidden digits (any positions). */
export function* candidates(mask: string, dates: readonly string[]): Generator<string> {
  const hidden = [...mask].flatMap((c, i) => (c === '*' ? [i] : []));
  const dateHidden = [6, 7, 8, 9, 10, 11, 12, 13].every((i) => hidden.includes(i));
  const otherHidden = hidden.filter((i) => i < 6 || i > 13 || !dateHidden);
  const dateList = dateHidden ? dates : [mask.slice(6, 14)];
  // The check sum splits into the date's part and the rest, each computed once.
  const dateSums = dateList.map((d) => {
    let sum = 0;
    for (let k = 0; k < 8; k++) sum += Number(d[k]) * (WEIGHTS[6 + k] ?? 0);
    return sum;
  });
  const chars = [...mask];
  for (let n = 0; n < 10 ** otherHidden.length; n++) {
    let rest = n;
    for (const i of otherHidden) {
      chars[i] = String(rest % 10);
      rest = Math.floor(rest / 10);
    }
    let base = 0;
    for (let i = 0; i < 17; i++) if (i < 6 || i > 13) base += Number(chars[i]) * (WEIGHTS[i] ?? 0);
    const head = chars.slice(0, 6).join('');
    const tail = chars.slice(14, 18).join('');
    for (let d = 0; d < dateList.length; d++)
      if (CHECK_CHARS[(base + (dateSums[d] ?? 0)) % 11] === mask[17]) yield `${head}${dateList[d]}${tail}`;
  }
}

export function countCandidates(mask: string, dates: readonly string[]): number {
  let n = 0;
  for (const _ of candidates(mask, dates)) n++;
  return n;
}

/** A valid ID from its first 17 digits. */
export const withCheck = (first17: string): string => first17 + residentIdCheckChar(first17);
