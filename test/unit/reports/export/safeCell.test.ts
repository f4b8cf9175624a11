/**
 * The formula-injection guard (OWASP CSV injection) as properties: nothing it returns starts a
 * formula; harmless text passes unchanged; dangerous text only gains one leading apostrophe, so
 * the original is still readable and recoverable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formulaTriggers, safeCell, startsLikeFormula } from '#renderer/export/safeCell';

const trigger = fc.constantFrom(...formulaTriggers);
const dangerous = fc.tuple(trigger, fc.string()).map(([t, rest]) => t + rest);

describe('safeCell', () => {
  it('never returns text that starts like a formula', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), dangerous), (text) => !startsLikeFormula(safeCell(text))));
  });

  it('leaves text that does not start like a formula untouched', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !startsLikeFormula(s)),
        (text) => safeCell(text) === text,
      ),
    );
  });

  it('prefixes dangerous text with exactly one apostrophe, keeping the rest', () => {
    fc.assert(fc.property(dangerous, (text) => safeCell(text) === `'${text}`));
  });

  it('covers the OWASP list and the classic payloads', () => {
    expect(formulaTriggers).toEqual(['=', '+', '-', '@', '\t', '\r']);
    for (const payload of ['=HYPERLINK("http://x","点我")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(safeCell(payload)).toBe(`'${payload}`);
    for (const harmless of ['禾山派出所', '1+1', "'=1", ' =1', '', 'a=b'])
      expect(safeCell(harmless)).toBe(harmless);
  });
});
