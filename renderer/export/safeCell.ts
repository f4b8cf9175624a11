/**
 * Formula-injection guard for text that ends up in a spreadsheet (OWASP "CSV Injection"): a
 * cell starting with = + - @, a tab or a carriage return may be run as a formula when the file
 * is opened. Such text gets a leading apostrophe, which Excel, LibreOffice and Numbers show as
 * plain text; all other text is returned unchanged. Used for every text cell of a CSV. XLSX
 * needs no prefix: its text cells are written as string cells with the Text format, never as
 * formulas (toXlsx.ts).
 */

/** The first characters OWASP lists as starting a formula (or a DDE payload). */
export const formulaTriggers: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && formulaTriggers.includes(text.charAt(0));
}

export function safeCell(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
