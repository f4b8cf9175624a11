/** GB 11643 resident ID numbers: check digit, validation, masking and re-masking old masks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkResidentId,
  isValidResidentId,
  maskPersonName,
  maskResidentId,
  remaskResidentId,
  residentIdCheckChar,
} from '#common/domain/residentId';
import { personFindingSchema } from '#common/schemas';

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
  it('keeps province + prefecture and the last four; hides county and birth date', () => {
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
  });

  it('keeps 4 + 4 characters around 10 asterisks, in the shape findings store', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const masked = maskResidentId(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 4)).toBe(id.slice(0, 4));
        expect(masked.slice(4, 14)).toBe('**********');
        expect(masked.slice(14)).toBe(id.slice(14));
        expect(personFindingSchema.shape.idMasked.safeParse(masked).success).toBe(true);
        expect(remaskResidentId(masked)).toBe(masked);
      }),
    );
  });

  it('refuses the old mask shape in findings', () => {
    expect(personFindingSchema.shape.idMasked.safeParse('110105********002X').success).toBe(false);
  });
});

describe('remaskResidentId', () => {
  it('turns an old mask into the new one and leaves anything else alone', () => {
    fc.assert(
      fc.property(validId, (id) => {
        const old = `${id.slice(0, 6)}********${id.slice(14)}`;
        expect(remaskResidentId(old)).toBe(maskResidentId(id));
      }),
    );
    expect(remaskResidentId('not a mask')).toBeNull();
    expect(remaskResidentId('110105199001011234')).toBeNull();
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
