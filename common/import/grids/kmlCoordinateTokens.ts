/**
 * Why togeojson gave a KML placemark no geometry: it drops a <coordinates> list it cannot read
 * (NaN, a stray word, a comma for a decimal point), so the officer would only hear "no
 * geometry". This finds, per placemark in document order, the first token of its coordinates
 * that is not a number, so the message can quote it.
 */

/** The slice of an XML element this module reads (common/ has no DOM types). */
export interface XmlElementLike {
  textContent: string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElementLike>;
}

const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The first value in a coordinates text that is not a finite number, or null. */
export function badCoordinateToken(text: string): string | null {
  for (const tuple of text.trim().split(/\s+/)) {
    if (tuple === '') continue;
    for (const value of tuple.split(',')) {
      if (!number.test(value) || !Number.isFinite(Number(value))) return value.slice(0, 40) || '（空）';
    }
  }
  return null;
}

/** For each placemark, the first unreadable coordinate token under it, or null. */
export function badPlacemarkTokens(placemarks: ArrayLike<XmlElementLike>): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < placemarks.length; i++) {
    const lists = placemarks[i]!.getElementsByTagName('coordinates');
    let bad: string | null = null;
    for (let j = 0; j < lists.length && bad === null; j++)
      bad = badCoordinateToken(lists[j]!.textContent ?? '');
    out.push(bad);
  }
  return out;
}
