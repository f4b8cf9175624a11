/** Rows a slide's table shows in the height it has: all when they fit, else leaving room for "n more". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitRows, MORE_LINE_PX, TABLE_HEAD_PX, TABLE_ROW_PX } from '#renderer/features/briefing/fitRows';

describe('fitRows', () => {
  it('shows every row when they fit, and fewer with a "more" line when not', () => {
    expect(fitRows(TABLE_HEAD_PX + 4 * TABLE_ROW_PX, 4)).toBe(4);
    expect(fitRows(TABLE_HEAD_PX + 4 * TABLE_ROW_PX, 5)).toBe(3);
    expect(fitRows(0, 5)).toBe(1);
    expect(fitRows(500, 0)).toBe(0);
  });

  it('never overflows the height unless a single row is all there is room for (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), (height, total) => {
        const shown = fitRows(height, total);
        expect(shown).toBeLessThanOrEqual(total);
        const used = TABLE_HEAD_PX + shown * TABLE_ROW_PX + (shown < total ? MORE_LINE_PX : 0);
        if (shown > 1) expect(used).toBeLessThanOrEqual(height);
        if (total > 0) expect(shown).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
