/**
 * What of a handover sheet fits its one printed A4 page. The page holds PAPER_ROWS lines of
 * items and notes below the header and above the signatures; the notes are printed whole (they
 * are the outgoing officer's own words, ≤ 2,000 characters), the items share the rest, at least
 * one line per section: lines are dealt to the sections in turn, so a long section cannot
 * crowd out the others. A section that does not fit shows what fits and one line saying how
 * many items are not printed (the screen and the record hold them all). Pure.
 */
import type { HandoverItem, HandoverSections } from '#common/schemas/pass';

export const PAPER_ROWS = 40;
/** Characters of notes one printed line holds (about 180 mm at 9 pt). */
export const PAPER_NOTE_CHARS = 62;
export const sectionOrder = [
  'openIncidents',
  'resolvedIncidents',
  'levelChanges',
  'rosterGaps',
  'pendingReviews',
  'followUpsDue',
  'syncProblems',
] as const satisfies readonly (keyof HandoverSections)[];

export interface PaperSection {
  items: HandoverItem[];
  /** Items of the sheet left off the page. */
  unprinted: number;
}

export function noteRows(notes: string): number {
  if (notes.trim() === '') return 1;
  return notes.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / PAPER_NOTE_CHARS)), 0);
}

export function paperSections(
  sections: HandoverSections,
  notes: string,
  rows = PAPER_ROWS,
): Record<keyof HandoverSections, PaperSection> {
  let budget = Math.max(sectionOrder.length, rows - noteRows(notes));
  const allotted = new Map<keyof HandoverSections, number>(sectionOrder.map((s) => [s, 0]));
  // an empty section still takes one line ("无")
  for (const s of sectionOrder) {
    allotted.set(s, 1);
    budget -= 1;
  }
  let dealt = true;
  while (budget > 0 && dealt) {
    dealt = false;
    for (const s of sectionOrder) {
      if (budget <= 0) break;
      const n = allotted.get(s) ?? 0;
      if (n < sections[s].length) {
        allotted.set(s, n + 1);
        budget -= 1;
        dealt = true;
      }
    }
  }
  const out = {} as Record<keyof HandoverSections, PaperSection>;
  for (const s of sectionOrder) {
    const items = sections[s];
    const n = allotted.get(s) ?? 0;
    // a cut section gives its last line to the "not printed" line
    const shown = items.length <= n ? items.length : Math.max(0, n - 1);
    out[s] = { items: items.slice(0, shown), unprinted: items.length - shown };
  }
  return out;
}
