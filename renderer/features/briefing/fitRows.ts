/**
 * How many table rows a slide can show in the height it has, so nothing runs under the footer
 * (the stale banner takes height too). Row, header and "n more" line heights are fixed in
 * briefing.css. Pure.
 */
export const TABLE_HEAD_PX = 52;
export const TABLE_ROW_PX = 64;
export const MORE_LINE_PX = 48;

/** Rows to show of `total` in `height` px: all if they fit, else as many as fit beside the "more" line. */
export function fitRows(height: number, total: number): number {
  const room = Math.max(0, height - TABLE_HEAD_PX);
  if (total * TABLE_ROW_PX <= room) return total;
  return Math.max(1, Math.min(total, Math.floor((room - MORE_LINE_PX) / TABLE_ROW_PX)));
}
