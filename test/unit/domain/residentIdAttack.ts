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
import { ENVELOPE_LABEL } from '#common/identity/envelopeFormat';
import { candidates } from './residentIdCandidates';

export { birthDates, candidates, countCandidates, withCheck } from './residentIdCandidates';

/** Every constant the app has ever shipped that an ID could be hashed with. */
export const APP_CONSTANTS = ['gridroom-demo-salt-v1', ENVELOPE_LABEL, ''] as const;

/** Runs of hex/base64 characters; those of a 32-byte digest's length are the tokens. */
const RUN = /[A-Za-z0-9+/_-]+/g;
const isDigestLike = (t: string) => /^[0-9a-f]{64}$/.test(t) || t.length === 43 || t.length === 44;

export interface AttackResult {
  tried: number;
  hits: string[];
  /** Digest-like tokens found in the stored data (each tested against every candidate). */
  tokens: number;
}

/** Runs the attack on one mask against `stored` (anything the workstation keeps, as JSON). */
export function attack(mask: string, stored: unknown, dates: readonly string[]): AttackResult {
  const text = JSON.stringify(stored);
  const raw = (text.match(RUN) ?? []).filter(isDigestLike);
  // Every token as hex, whether it was written as hex or as base64(url) of 32 bytes.
  const tokens = new Set(
    raw.map((t) =>
      /^[0-9a-f]{64}$/.test(t)
        ? t
        : Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('hex'),
    ),
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
