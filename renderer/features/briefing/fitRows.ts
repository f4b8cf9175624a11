/**
 * How many table rows (or list items) a slide can show in the height it has, so nothing runs
 * under the slide strip (the stale banner takes height too). Row, header, item and "n more"
 * line heights are fixed in briefing.css. Pure.
 */
export const TABLE_HEAD_PX = 52;
export const TABLE_ROW_PX = 64;
export const MORE_LINE_PX = 48;

/** The fixed heights a fitted block is made of: a head, one row (item plus the gap after it), the "more" line. */
export interface FitSizes {
  head: number;
  row: number;
  more: number;
}

export const TABLE_SIZES: FitSizes = { head: TABLE_HEAD_PX, row: TABLE_ROW_PX, more: MORE_LINE_PX };
/** `.briefing-bars li`: 44 px and a 10 px gap. */
export const BAR_LIST_SIZES: FitSizes = { head: 0, row: 54, more: MORE_LINE_PX };
/** `.briefing-decisions li`: 48 px and a 10 px gap. */
export const DECISION_LIST_SIZES: FitSizes = { head: 0, row: 58, more: MORE_LINE_PX };

/** Rows to show of `total` in `height` px: all if they fit, else as many as fit beside the "more" line. */
export function fitRows(height: number, total: number, sizes: FitSizes = TABLE_SIZES): number {
  const room = Math.max(0, height - sizes.head);
  if (total * sizes.row <= room) return total;
  return Math.max(1, Math.min(total, Math.floor((room - sizes.more) / sizes.row)));
}
