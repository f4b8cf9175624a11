/**
 * Turns the bytes of a CSV file into text, whatever common encoding a Chinese office saved it
 * in: UTF-8 (with or without BOM), UTF-16 (with BOM, Excel's "Unicode text"), or GBK/GB18030
 * (Excel's default "CSV" on a Chinese Windows). UTF-8 is tried strictly first — GBK bytes are
 * almost never valid UTF-8 — and GB18030, a superset of GBK and GB2312, is the fallback.
 */
export const tableEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export type TableEncoding = (typeof tableEncodings)[number];

export interface DecodedText {
  text: string;
  encoding: TableEncoding;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function decodeTableText(bytes: Uint8Array, forced?: TableEncoding): DecodedText {
  if (forced) return { text: new TextDecoder(forced).decode(bytes).replace(/^\uFEFF/, ''), encoding: forced };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
