/**
 * A grid file's bytes → text. GeoJSON is UTF-8 by specification, but files converted from
 * Chinese shapefiles are often GBK; KML says its encoding in the XML declaration, and 天地图
 * and ArcGIS exports commonly declare GBK or GB2312. Order: a byte-order mark, then the XML
 * declaration's encoding, then strict UTF-8, and only if that fails GB18030 (a superset of GBK
 * and GB2312). Says which encoding it used.
 */

export interface DecodedText {
  text: string;
  /** The WHATWG label used: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: string;
}

const gbLabels = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'windows-936', 'euc-cn']);

/** The encoding an XML declaration names, normalised to a label TextDecoder knows, or null. */
export function declaredEncoding(head: string): string | null {
  const match = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']/.exec(head);
  if (!match) return null;
  const label = match[1]!.toLowerCase();
  if (gbLabels.has(label)) return 'gb18030';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

export function decodeGridText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // the declaration is ASCII in every encoding a KML file uses
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i]!);
  const declared = declaredEncoding(head);
  if (declared && declared !== 'utf-8')
    return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
