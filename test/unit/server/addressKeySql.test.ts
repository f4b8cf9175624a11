/**
 * The centre computes the standard-address key in SQL (server/intake/addressKeySql.ts, behind
 * migration 007's index) and everyone else in JavaScript (common/domain/addressKey.ts). They
 * must agree exactly, or a claimed address would miss its household: both remove every
 * character JavaScript's `\s` matches — no more (a zero-width space or an ideographic comma
 * stays) — on PGlite and real PostgreSQL, whatever the database's locale.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdKey, type AddressParts } from '#common/domain/addressKey';
import { householdKeySql, JS_WHITE_SPACE } from '#server/intake/addressKeySql';
import { backends, type OpenedDatabase } from './backends';

const everySpace = JS_WHITE_SPACE.join('');
const samples: AddressParts[] = [
  { address: '金尚路123号 3栋 2单元 501', building: '3', unit: '2', room: '501' },
  {
    address: `${everySpace}金尚路${everySpace}123号${everySpace}`,
    building: ` 3${everySpace}`,
    unit: '\u30002',
    room: '5 0 1',
  },
  { address: '梧侣下宅23号', building: '', unit: '', room: '' },
  // not white space to JavaScript, so kept by both: zero-width space, ideographic comma, NUL-free controls
  { address: '禾山路\u200b8号、\u00ad甲', building: 'A\u180e', unit: '\u0085', room: '\u001f' },
  { address: 'x|y', building: '|', unit: '', room: '' },
];

describe.each(backends)('the standard-address key in SQL ($name)', (backend) => {
  let opened: OpenedDatabase;
  beforeAll(async () => {
    opened = await backend.open();
  });
  afterAll(async () => opened.cleanup());

  it('removes exactly what JavaScript’s \\s removes, and nothing else', async () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(/\s/.test(ch), `U+${c.toString(16)}`).toBe((JS_WHITE_SPACE as readonly string[]).includes(ch));
    }
    for (const parts of samples) {
      const { rows } = await opened.db.query<{ key: string }>(
        `SELECT ${householdKeySql('$1::jsonb')} AS key`,
        [JSON.stringify(parts)],
      );
      expect(rows[0]?.key).toBe(householdKey(parts));
    }
  });

  it('is what the households index was built on', async () => {
    const { rows } = await opened.db.query<{ def: string }>(
      `SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'records_household_address_key' AND schemaname = current_schema()`,
    );
    expect(rows).toHaveLength(1);
  });
});
