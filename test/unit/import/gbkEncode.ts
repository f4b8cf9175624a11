/**
 * A GBK encoder for test fixtures, built from the platform's own GBK decoder (TextDecoder):
 * every two-byte GBK code is decoded once and the table reversed. Lets tests write the CSV a
 * Chinese Excel saves without adding an encoding library.
 */
let table: Map<string, [number, number]> | null = null;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = reverseTable().get(ch);
      if (!bytes) throw new Error(`no GBK code for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
