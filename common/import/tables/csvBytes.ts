/**
 * What the first bytes of a "CSV" say about it before any of it is parsed: which text encoding
 * it is in (a BOM decides; otherwise strict UTF-8 if the first non-ASCII bytes are valid UTF-8,
 * else GB18030, the superset of GBK and GB2312 that Excel writes on a Chinese Windows), or
 * that it is not text at all — a ZIP (an .xlsx renamed .csv), an old .xls, or other binary.
 * Also tells, per line, whether a line's bytes are valid UTF-8, to find lines of another
 * encoding inside a file (a register pasted together from two sources).
 */
/** The encodings a station's CSV comes in: UTF-8, Excel's "Unicode text" (UTF-16) and GBK's superset GB18030. */
export type TableEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Sniffed =
  | { kind: 'text'; encoding: TableEncoding | null; bomLength: number }
  | { kind: 'zip' }
  | { kind: 'xls' }
  | { kind: 'binary' };

const starts = (b: Uint8Array, prefix: readonly number[]) => prefix.every((x, i) => b[i] === x);

/** The file's kind from its first bytes; a text file's encoding is known only from a BOM. */
export function sniffTable(head: Uint8Array): Sniffed {
  if (starts(head, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bomLength: 3 };
  if (starts(head, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (starts(head, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bomLength: 2 };
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) || starts(head, [0x50, 0x4b, 0x05, 0x06])) return { kind: 'zip' };
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'xls' };
  const probe = head.subarray(0, 8192);
  const bomless = utf16WithoutBom(probe);
  if (bomless) return { kind: 'text', encoding: bomless, bomLength: 0 };
  // text never holds NUL or most C0 controls; a few in the first 8 KB mean binary
  let controls = 0;
  for (const b of probe) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) controls++;
  if (controls > 0 && (probe.includes(0) || controls > probe.length / 100)) return { kind: 'binary' };
  // without a BOM, the reader decides from whole lines (a few stray lines must not decide)
  return { kind: 'text', encoding: null, bomLength: 0 };
}

/**
 * UTF-16 saved without a BOM (some exporters do): ASCII-range text then has a zero in every
 * other byte — the high byte in LE, the low in BE — which no binary format keeps up for long.
 */
function utf16WithoutBom(probe: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (probe.length < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < probe.length; i += 2) {
    if (probe[i] === 0) evenZero++;
    if (probe[i + 1] === 0) oddZero++;
  }
  const pairs = Math.floor(probe.length / 2);
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** UTF-8 if the bytes are valid UTF-8 (a sequence cut at the very end allowed), GB18030 if not, null if all ASCII. */
export function guessEncoding(bytes: Uint8Array): TableEncoding | null {
  const bad = firstInvalidUtf8(bytes, true);
  if (bad >= 0) return 'gb18030';
  return bytes.some((b) => b >= 0x80) ? 'utf-8' : null;
}

/** Index of the first byte that breaks UTF-8, or -1. `allowCutEnd`: a truncated last sequence is fine. */
export function firstInvalidUtf8(b: Uint8Array, allowCutEnd = false, start = 0, end = b.length): number {
  let i = start;
  while (i < end) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    if (i + n >= end) {
      // the sequence runs past the end: fine only for a chunk cut mid-character
      if (!allowCutEnd) return i;
      for (let k = i + 1; k < end; k++) if ((b[k]! & 0xc0) !== 0x80) return i;
      return -1;
    }
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k]!;
      if ((x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** Does this line's text hold non-ASCII bytes that are all valid UTF-8 (so: a UTF-8 line)? */
export function isUtf8Line(b: Uint8Array, start: number, end: number): boolean {
  let high = false;
  for (let i = start; i < end; i++)
    if (b[i]! >= 0x80) {
      high = true;
      break;
    }
  return high && firstInvalidUtf8(b, false, start, end) < 0;
}
