/**
 * The brute force of issue 12, as an attacker with a workstation's disk would run it: take a
 * stored mask, enumerate every ID number consistent with it (every hidden digit: county code
 * 00–99 and birth date 1900-01-01 to today, or whatever the mask leaves open; the check
 * character must agree), and test each candidate against everything the workstation stores:
 * as text anywhere in it, and as SHA-256 under every constant the app ships (the old demo salt,
 * the envelope label, none) — in hex or base64 — against every digest-like token in it.
 * `hits` are the candidates the stored data confirms; a safe scheme has none.
 */
import { hash } from 'node:crypto';
import { residentIdCheckChar } from '../../../common/domain/residentId';
import { ENVELOPE_LABEL } from '../../../common/identity/envelopeFormat';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Every constant the app has ever shipped that an ID could be hashed with. */
export const APP_CONSTANTS = ['gridroom-demo-salt-v1', ENVELOPE_LABEL, ''] as const;

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

const DIGEST_TOKEN = /[0-9a-f]{64}|[A-Za-z0-9+/_-]{43,44}/g;

export interface AttackResult {
  tried: number;
  hits: string[];
  /** Digest-like tokens found in the stored data (each tested against every candidate). */
  tokens: number;
}

/** Runs the attack on one mask against `stored` (anything the workstation keeps, as JSON). */
export function attack(mask: string, stored: unknown, dates: readonly string[]): AttackResult {
  const text = JSON.stringify(stored);
  const raw = text.match(DIGEST_TOKEN) ?? [];
  // Every token as hex, whether it was written as hex or as base64(url) of 32 bytes.
  const tokens = new Set(
    raw.map((t) => (/^[0-9a-f]{64}$/.test(t) ? t : Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex'))),
  );
  // An ID written anywhere is one of the text's 18-character windows.
  const windows = new Set<string>();
  for (let i = 0; i + 18 <= text.length; i++) windows.add(text.slice(i, i + 18));
  const hits: string[] = [];
  let tried = 0;
  for (const id of candidates(mask, dates)) {
    tried++;
    if (windows.has(id)) hits.push(id);
    for (const salt of APP_CONSTANTS) {
      if (tokens.has(hash('sha256', salt === '' ? id : `${salt}:${id}`))) hits.push(id);
    }
  }
  return { tried, hits, tokens: raw.length };
}

/** A valid ID from its first 17 digits. */
export const withCheck = (first17: string): string => first17 + residentIdCheckChar(first17);
