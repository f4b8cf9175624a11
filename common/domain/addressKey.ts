/**
 * The standard-address key 标准地址键: address, building, unit and room with every white-space
 * character removed, joined by `|`. Two spellings of one address that differ only in spacing
 * (`金尚路123号 3栋` / `金尚路123号3栋`, a full-width space U+3000) get the same key.
 *
 * One definition for everyone who compares addresses: the cache's unique index
 * `households.addressKey` (renderer/db/uniqueKeys.ts), the household import's plan, and the
 * centre's pass intake, which matches a registration's claimed address to the station's
 * households with the same key computed in SQL (server/intake/addressKeySql.ts; a test checks
 * that both remove exactly the characters JavaScript's `\s` matches). Pure.
 */

export interface AddressParts {
  address: string;
  building: string;
  unit: string;
  room: string;
}

/** `金尚路123号 3栋 2单元 501`, `3`, `2`, `501` → `金尚路123号3栋2单元501|3|2|501`. */
export const householdKey = (h: AddressParts): string =>
  [h.address, h.building, h.unit, h.room].map((s) => s.replace(/\s+/g, '')).join('|');
