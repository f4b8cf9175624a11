/**
 * The duplicate rule for a packed table's unique key (renderer/db/packedUniqueKeys.ts), case by
 * case as uniqueKeys.ts states it for the per-row tables. The same rule is held against the
 * per-row middleware itself over a random write sequence in test/browser/packedRowTable.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assignUniqueKeys, type UniqueKeyWrite } from '#renderer/db/packedUniqueKeys';
import { DUPLICATE_SEP, isUniqueKeyError } from '#renderer/db/uniqueKeys';

const S = DUPLICATE_SEP;
const assign = (w: Partial<UniqueKeyWrite> & Pick<UniqueKeyWrite, 'written'>) =>
  Object.fromEntries(
    assignUniqueKeys({ field: 'addressKey', holders: new Map(), before: new Map(), strict: false, ...w }),
  );

describe('assignUniqueKeys', () => {
  it('gives a free key plain, a taken one suffixed by the id, and none to a row without one', () => {
    expect(
      assign({
        holders: new Map([['k1', 'a']]),
        written: [
          { id: 'b', key: 'k1' },
          { id: 'c', key: 'k2' },
          { id: 'd', key: null },
        ],
      }),
    ).toEqual({ b: `k1${S}b`, c: 'k2', d: null });
  });

  it('lets rows of one write claim in their order, and a stored holder keep its key', () => {
    expect(
      assign({
        written: [
          { id: 'a', key: 'k' },
          { id: 'b', key: 'k' },
        ],
      }),
    ).toEqual({ a: 'k', b: `k${S}b` });
    expect(
      assign({
        holders: new Map([['k', 'b']]),
        before: new Map([['b', 'k']]),
        written: [
          { id: 'a', key: 'k' },
          { id: 'b', key: 'k' },
        ],
      }),
    ).toEqual({ a: `k${S}a`, b: 'k' });
  });

  it('frees the key of a row that moves off it or is deleted, for the rest of the write', () => {
    // two rows swap their keys in one write: both stay plain
    expect(
      assign({
        holders: new Map([
          ['k1', 'a'],
          ['k2', 'b'],
        ]),
        before: new Map([
          ['a', 'k1'],
          ['b', 'k2'],
        ]),
        written: [
          { id: 'a', key: 'k2' },
          { id: 'b', key: 'k1' },
        ],
      }),
    ).toEqual({ a: 'k2', b: 'k1' });
    expect(
      assign({
        holders: new Map([['k', 'a']]),
        before: new Map([
          ['a', 'k'],
          ['b', `k${S}b`],
        ]),
        written: [
          { id: 'a', key: null },
          { id: 'b', key: 'k' },
        ],
      }),
    ).toEqual({ a: null, b: 'k' });
  });

  it('when strict, refuses a taken key with an error isUniqueKeyError knows, unless the row already shared it', () => {
    const taken = { holders: new Map([['k', 'a']]), strict: true };
    let refused: unknown = null;
    try {
      assign({ ...taken, written: [{ id: 'b', key: 'k' }] });
    } catch (e) {
      refused = e;
    }
    expect(isUniqueKeyError(refused)).toBe(true);
    expect(
      assign({ ...taken, before: new Map([['b', `k${S}b`]]), written: [{ id: 'b', key: 'k' }] }),
    ).toEqual({ b: `k${S}b` });
    expect(assign({ ...taken, written: [{ id: 'c', key: 'k2' }] })).toEqual({ c: 'k2' });
  });
});
