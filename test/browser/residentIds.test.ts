/**
 * Residents' IDs in a real cache (IndexedDB in Chromium):
 * (a) cache schema v3's upgrade of a real v2 cache deletes every old salted hash and re-masks
 *     old masks — in findings, outbox patches, rebase copies (`syncBase:findings:*`) and the
 *     audit log's before/after — and leaves everything else as it was;
 * (b) the finding form's save writes the new mask, and an envelope only when the centre's key
 *     is cached; then issue 12's brute force runs over everything the cache holds: every ID
 *     the mask allows is tried as text against all of it (none found), and apart from the
 *     centre's public key coordinates nothing in it looks like a digest a guess could be
 *     hashed and compared against.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { identityKeyId, identityPublicJwkSchema } from '#common/identity/envelopeFormat';
import { GridroomDb } from '#renderer/db/database';
import { SCHEMA_V2, SCHEMA_V3 } from '#renderer/db/schema';
import { saveFinding } from '#renderer/features/sweeps/sweepMutations';
import { birthDates, candidates, withCheck } from '../unit/domain/residentIdCandidates';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STATION = uuid(1);
const GRID = uuid(2);
const VISIT = uuid(3);
const OLD_HASH = 'ab'.repeat(32);

function oldFinding(n: number, id: string) {
  return {
    id: uuid(100 + n),
    stationId: STATION,
    version: 1,
    updatedAt: 1,
    updatedBy: 'system',
    deleted: false,
    visitId: VISIT,
    gridId: GRID,
    kind: 'floating',
    maskedName: '王*明',
    idHash: OLD_HASH,
    idMasked: `${id.slice(0, 6)}********${id.slice(14)}`,
    followUp: 'open',
  };
}

const names: string[] = [];
const freshName = () => {
  const name = `gridroom-ids-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Every row of every table, as one JSON text. */
async function dump(db: GridroomDb, leaveOut: (table: string, row: unknown) => boolean = () => false) {
  const all: Record<string, unknown[]> = {};
  for (const t of db.tables) all[t.name] = (await t.toArray()).filter((r) => !leaveOut(t.name, r));
  return JSON.stringify(all);
}

describe('cache schema v3 upgrade: no old hash, no old mask', () => {
  it('cleans findings, outbox, rebase copies and audit of a real v2 cache', async () => {
    const name = freshName();
    const ids = [
      withCheck('35020319880712003'),
      withCheck('35020519910203104'),
      withCheck('43010219700101555'),
    ];
    const rows = ids.map((id, n) => oldFinding(n, id));
    const v2 = new Dexie(name);
    v2.version(SCHEMA_V2.version).stores(SCHEMA_V2.stores);
    await v2.open();
    await v2.table('findings').bulkPut(rows);
    await v2.table('outbox').bulkAdd([
      {
        clientId: 'c',
        entity: 'findings',
        id: rows[0]!.id,
        patch: { ...rows[0], id: undefined },
        baseVersion: 0,
        madeBy: 'x',
        madeAt: 1,
      },
      {
        clientId: 'c',
        entity: 'findings',
        id: rows[1]!.id,
        patch: { followUp: 'closed' },
        baseVersion: 1,
        madeBy: 'x',
        madeAt: 2,
      },
      {
        clientId: 'c',
        entity: 'incidents',
        id: uuid(9),
        patch: { description: OLD_HASH },
        baseVersion: 1,
        madeBy: 'x',
        madeAt: 3,
      },
    ]);
    await v2.table('meta').bulkPut([
      { key: `syncBase:findings:${rows[1]!.id}`, value: { row: rows[1] } },
      { key: 'syncCursor', value: { cursor: 7 } },
    ]);
    await v2.table('audit').bulkPut([
      {
        id: uuid(50),
        stationId: STATION,
        at: 1,
        who: 'x',
        workstation: 'w',
        action: 'create',
        entity: 'findings',
        entityId: rows[0]!.id,
        before: null,
        after: rows[0],
      },
      {
        id: uuid(51),
        stationId: STATION,
        at: 2,
        who: 'x',
        workstation: 'w',
        action: 'update',
        entity: 'findings',
        entityId: rows[2]!.id,
        before: rows[2],
        after: { ...rows[2], followUp: 'closed' },
      },
    ]);
    v2.close();

    const db = new GridroomDb(name);
    await db.open();
    try {
      expect(db.verno).toBeGreaterThanOrEqual(SCHEMA_V3.version);
      const findings = await db.findings.orderBy('id').toArray();
      expect(findings.map((f) => f.idMasked)).toEqual(
        ids.map((id) => `${id.slice(0, 4)}**********${id.slice(14)}`),
      );
      for (const f of findings) expect(f).not.toHaveProperty('idHash');
      expect(findings.map((f) => ({ ...f, idMasked: '' }))).toEqual(
        rows.map(({ idHash: _h, ...r }) => ({ ...r, idMasked: '' })),
      );
      const outbox = await db.outbox.orderBy('seq').toArray();
      expect(outbox[0]?.patch).not.toHaveProperty('idHash');
      expect(outbox[0]?.patch.idMasked).toBe(findings[0]?.idMasked);
      expect(outbox[1]?.patch).toEqual({ followUp: 'closed' });
      expect(outbox[2]?.patch).toEqual({ description: OLD_HASH }); // not a finding: untouched
      const base = await db.meta.get(`syncBase:findings:${rows[1]!.id}`);
      expect(base && 'row' in base.value ? base.value.row : null).toMatchObject({
        idMasked: findings[1]?.idMasked,
      });
      expect(JSON.stringify(base)).not.toContain('idHash');
      const audit = await db.audit.orderBy('at').toArray();
      expect(JSON.stringify(audit)).not.toContain(OLD_HASH);
      expect(JSON.stringify(audit)).not.toMatch(/\d{6}\*{8}/);
      const everything = await dump(
        db,
        (t, r) => t === 'outbox' && (r as { entity: string }).entity === 'incidents',
      );
      expect(everything).not.toContain(OLD_HASH);
      expect(everything).not.toContain('idHash');
    } finally {
      db.close();
    }
  });
});

describe('finding form save, then the brute force over the whole cache', () => {
  const session = {
    actor: '值班台-1',
    name: '测试民警',
    workstation: '值班台-1',
    role: 'duty-officer' as const,
  };
  const draft = (residentId: string) => ({
    visit: { id: VISIT, gridId: GRID },
    kind: 'floating' as const,
    name: '王小明',
    residentId,
  });

  it('saves mask only without a key, mask + envelope with one, and gives no ID away', async () => {
    const db = new GridroomDb(freshName());
    await db.open();
    try {
      const plain = withCheck('35020619750430217');
      const sealed = withCheck('35020319880712003');
      const first = await saveFinding(db, session, draft(plain));
      if (!first.ok) throw new Error('refused');
      const unsealed = await db.findings.get(first.id);
      expect(unsealed?.idMasked).toBe(`3502**********${plain.slice(14)}`);
      expect(unsealed?.idEnvelope).toBeNull();

      const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
        'deriveBits',
      ]);
      const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
      const publicKey = identityPublicJwkSchema.parse({ kty, crv, x, y });
      const keyId = await identityKeyId(pair.publicKey);
      await db.meta.put({ key: 'identityKey', value: { keyId, publicKey, fetchedAt: 1 } });
      const second = await saveFinding(db, session, draft(sealed));
      if (!second.ok) throw new Error('refused');
      const row = await db.findings.get(second.id);
      expect(row?.idMasked).toBe(`3502**********${sealed.slice(14)}`);
      expect(row?.idEnvelope?.kid).toBe(keyId);
      const outbox = await db.outbox.toArray();
      expect(outbox.find((m) => m.id === second.id)?.patch.idEnvelope).toEqual(row?.idEnvelope);

      const everything = await dump(db);
      expect(everything).not.toContain('idHash');
      // Nothing digest-like a guess could be hashed and compared with, but the public key's x and y.
      const tokens = (everything.match(/[A-Za-z0-9+/_-]+/g) ?? []).filter(
        (t) => /^[0-9a-f]{64}$/.test(t) || t.length === 43 || t.length === 44,
      );
      expect(tokens.filter((t) => t !== x && t !== y)).toEqual([]);
      const windows = new Set<string>();
      for (let i = 0; i + 18 <= everything.length; i++) windows.add(everything.slice(i, i + 18));
      const dates = birthDates(new Date());
      for (const [id, mask] of [
        [plain, unsealed?.idMasked],
        [sealed, row?.idMasked],
      ] as const) {
        let tried = 0;
        const found: string[] = [];
        for (const candidate of candidates(mask ?? '', dates)) {
          tried++;
          if (windows.has(candidate)) found.push(candidate);
        }
        expect(tried).toBeGreaterThan(400_000);
        expect(found).toEqual([]);
        expect(everything).not.toContain(id);
      }
    } finally {
      db.close();
    }
  }, 60_000);
});
