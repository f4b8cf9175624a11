/**
 * Intake's row checks (common/domain/passIntake.ts) and the shared standard-address key:
 * malformed addresses, impossible dates, ID numbers failing their check digit or naming an
 * impossible birth date — each a flag, in the canonical order — and a key that white space
 * anywhere never changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { householdKey } from '#common/domain/addressKey';
import {
  addressMalformed,
  datesImpossible,
  HEALTH_CODE_AFTER_SUBMIT_MS,
  INTAKE_CLOCK_SKEW_MS,
  orderFlags,
  residentIdFlags,
  rowIntakeFlags,
} from '#common/domain/passIntake';
import { residentIdCheckChar } from '#common/domain/residentId';
import { intakeFlags } from '#common/schemas/pass';

const NOW = Date.UTC(2022, 9, 1, 4);
const id = (first17: string) => first17 + residentIdCheckChar(first17);
const wrongCheck = (valid: string) => valid.slice(0, 17) + (valid.endsWith('X') ? '0' : 'X');
const address = (a: string, building = '', unit = '', room = '') => ({ address: a, building, unit, room });

describe('addressMalformed', () => {
  it('accepts standard addresses as the demo and the city write them', () => {
    expect(addressMalformed(address('金尚路123号 3栋 2单元 501', '3', '2', '501'))).toBe(false);
    expect(addressMalformed(address('梧侣下宅23号'))).toBe(false);
    expect(addressMalformed(address('禾山路8号（东区）', 'A', '1', '1-101'))).toBe(false);
  });

  it('flags what cannot be an address as typed', () => {
    expect(addressMalformed(address('!!??'))).toBe(true);
    expect(addressMalformed(address('12345'))).toBe(true);
    expect(addressMalformed(address('路 1'))).toBe(true);
    expect(addressMalformed(address('金尚路123号\u0007'))).toBe(true);
    expect(addressMalformed(address('金尚路123号😀'))).toBe(true);
    expect(addressMalformed(address('金尚路123号', '3栋!'))).toBe(true);
  });
});

describe('datesImpossible', () => {
  const ok = { submittedAt: NOW - 3_600_000, healthCodeAt: NOW - 3_700_000 };
  it('accepts a registration submitted an hour ago with its code read just before', () => {
    expect(datesImpossible(ok, NOW)).toBe(false);
    expect(datesImpossible({ ...ok, healthCodeAt: ok.submittedAt + HEALTH_CODE_AFTER_SUBMIT_MS }, NOW)).toBe(
      false,
    );
    expect(datesImpossible({ ...ok, submittedAt: NOW + INTAKE_CLOCK_SKEW_MS }, NOW)).toBe(false);
  });
  it('refuses the future, before 2020, and a code read long after submission', () => {
    expect(datesImpossible({ ...ok, submittedAt: NOW + INTAKE_CLOCK_SKEW_MS + 1 }, NOW)).toBe(true);
    expect(datesImpossible({ ...ok, healthCodeAt: NOW + INTAKE_CLOCK_SKEW_MS + 1 }, NOW)).toBe(true);
    expect(
      datesImpossible({ submittedAt: Date.UTC(2019, 5, 1), healthCodeAt: Date.UTC(2019, 5, 1) }, NOW),
    ).toBe(true);
    expect(
      datesImpossible({ ...ok, healthCodeAt: ok.submittedAt + HEALTH_CODE_AFTER_SUBMIT_MS + 1 }, NOW),
    ).toBe(true);
  });
});

describe('residentIdFlags', () => {
  const good = id('35020319880712003');
  it('passes a valid ID and flags a wrong check character', () => {
    expect(residentIdFlags(good, NOW)).toEqual([]);
    expect(residentIdFlags(good.toLowerCase(), NOW)).toEqual([]);
    expect(residentIdFlags(wrongCheck(good), NOW)).toEqual(['id-check-digit']);
  });
  it('flags a birth date that does not exist, or is after submission', () => {
    expect(residentIdFlags(id('35020319881340003'), NOW)).toEqual(['date-impossible']);
    expect(residentIdFlags(id('35020320250101003'), NOW)).toEqual(['date-impossible']);
  });
});

describe('rowIntakeFlags', () => {
  it('gives every flag once, in the schema’s order', () => {
    const flags = rowIntakeFlags(
      {
        claimedAddress: address('!!'),
        residentId: wrongCheck(id('35020319880712003')),
        submittedAt: NOW + 86_400_000,
        healthCodeAt: NOW,
      },
      NOW,
    );
    expect(flags).toEqual(
      intakeFlags.filter((f) => ['address-malformed', 'id-check-digit', 'date-impossible'].includes(f)),
    );
  });
  it('orders any set of flags canonically', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...intakeFlags)), (flags) => {
        const ordered = orderFlags(flags);
        expect(ordered).toEqual(intakeFlags.filter((f) => flags.includes(f)));
      }),
    );
  });
});

describe('householdKey', () => {
  it('ignores white space anywhere, of any kind', () => {
    const space = fc.constantFrom(' ', '\t', '\u3000', '\u00a0', '\n');
    const text = fc.string({ unit: fc.constantFrom(...'金尚路123号栋单元A-'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.tuple(text, text, text, text),
        fc.array(fc.tuple(fc.nat(3), fc.nat(12), space)),
        (parts, inserts) => {
          const spaced = [...parts];
          for (const [part, at, s] of inserts) {
            const p = spaced[part] ?? '';
            spaced[part] = p.slice(0, at) + s + p.slice(at);
          }
          const [a, b, u, r] = parts;
          const [sa, sb, su, sr] = spaced;
          expect(householdKey(address(sa ?? '', sb, su, sr))).toBe(householdKey(address(a ?? '', b, u, r)));
        },
      ),
    );
  });
});
