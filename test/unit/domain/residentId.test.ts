/** GB 11643 resident ID numbers: check digit, validation, masking and salted hashing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  hashResidentId,
  isValidResidentId,
  maskPersonName,
  maskResidentId,
  residentIdCheckChar,
} from '../../../common/domain/residentId';
import { personFindingSchema } from '../../../common/schemas';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const birthDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
/** The first 17 characters of a plausible ID: region, birth date, sequence. */
const first17 = fc.tuple(digits(6), birthDate, digits(3)).map(([r, b, s]) => `${r}${b}${s}`);
const validId = first17.map((f) => f + residentIdCheckChar(f));

describe('residentIdCheckChar', () => {
  it('gives the standard example its X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => residentIdCheckChar('1101051949123100')).toThrow();
    expect(() => residentIdCheckChar('1101051949123100A')).toThrow();
  });
});

describe('checkResidentId', () => {
  it('accepts the standard example, normalising case and spaces', () => {
    expect(checkResidentId('11010519491231002X')).toEqual({ ok: true, id: '11010519491231002X' });
    expect(checkResidentId(' 11010519491231002x ')).toEqual({ ok: true, id: '11010519491231002X' });
  });

  it('names the problem', () => {
    expect(checkResidentId('1101051949123100')).toEqual({ ok: false, problem: 'shape' });
    expect(checkResidentId('11010519491231002Y')).toEqual({ ok: false, problem: 'shape' });
    const feb30 = '11010519490230002';
    expect(checkResidentId(feb30 + residentIdCheckChar(feb30))).toEqual({ ok: false, problem: 'birth-date' });
    expect(checkResidentId('110105194912310021')).toEqual({ ok: false, problem: 'check-digit' });
  });

  it('accepts any plausible 17 digits followed by their check character', () => {
    fc.assert(fc.property(validId, (id) => isValidResidentId(id)));
  });

  it('rejects an ID with any one of its 17 digits changed', () => {
    fc.assert(
      fc.property(validId, fc.nat(16), fc.integer({ min: 1, max: 9 }), (id, i, delta) => {
        const changed = String((Number(id[i]) + delta) % 10);
        const typo = id.slice(0, i) + changed + id.slice(i + 1);
        expect(isValidResidentId(typo)).toBe(false);
      }),
    );
  });

  it('rejects an ID with a wrong check character', () => {
    fc.assert(
      fc.property(validId, fc.constantFrom(...'0123456789X'), (id, c) => {
        fc.pre(c !== id[17]);
        expect(isValidResidentId(id.slice(0, 17) + c)).toBe(false);
      }),
    );
  });
});

describe('maskResidentId', () => {
  it('keeps the region code and the last four', () => {
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
  });

  it('keeps 6 + 4 characters around 8 asterisks, in the shape findings store', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 6)).toBe(id.slice(0, 6));
        expect(masked.slice(6, 14)).toBe('********');
        expect(masked.slice(14)).toBe(id.slice(14));
        expect(personFindingSchema.shape.idMasked.safeParse(masked).success).toBe(true);
      }),
    );
  });
});

describe('maskPersonName', () => {
  it('keeps the first and last character', () => {
    expect(maskPersonName('张三明')).toBe('张*明');
    expect(maskPersonName('欧阳娜娜')).toBe('欧**娜');
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('张')).toBe('张');
    expect(maskPersonName(' 李四 ')).toBe('李*');
  });
});

describe('hashResidentId', () => {
  it('is deterministic, 64 hex characters, and normalises the ID first', async () => {
    const a = await hashResidentId('11010519491231002X', 'station-salt');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashResidentId('11010519491231002X', 'station-salt')).toBe(a);
    expect(await hashResidentId(' 11010519491231002x', 'station-salt')).toBe(a);
  });

  it('depends on the salt and on the ID', async () => {
    await fc.assert(
      fc.asyncProperty(
        validId,
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1 }),
        async (id, s1, s2) => {
          fc.pre(s1 !== s2);
          const h1 = await hashResidentId(id, s1);
          expect(h1).toMatch(/^[0-9a-f]{64}$/);
          expect(await hashResidentId(id, s1)).toBe(h1);
          expect(await hashResidentId(id, s2)).not.toBe(h1);
        },
      ),
      { numRuns: 50 },
    );
    expect(await hashResidentId('11010519491231002X', 's')).not.toBe(
      await hashResidentId('110105194912310000', 's'),
    );
  });
});
