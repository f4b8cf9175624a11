/**
 * The demo seed's matching of pass registrations (server/identity/seedRegistrationIds.ts), on
 * PGlite and real PostgreSQL: registrations whose raw demo ID the generator hands over get
 * their HMAC in the match table — never the ID — and the `idPasses` of their group, counted
 * as the push's recount would; registrations without one stay unmatched.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '#common/domain/residentId';
import type { PassRegistration, PassStatus } from '#common/schemas/pass';
import { seedRegistrationIds } from '#server/identity/seedRegistrationIds';
import { seedStation } from '#server/seed/seedStation';
import { backends, type OpenedDatabase } from './backends';
import { NOW, smallDataset } from './fixtures';

const idNumber = (first17: string) => first17 + residentIdCheckChar(first17);
const PERSON = idNumber('35020319880712003');
const OTHER = idNumber('35020519910203104');

describe.each(backends)('seeded registrations are matched ($name)', (backend) => {
  let opened: OpenedDatabase;
  beforeAll(async () => {
    opened = await backend.open();
  });
  afterAll(async () => opened.cleanup());

  it('records HMACs and writes each seeded registration’s idPasses', async () => {
    const dataset = await smallDataset('种子测试所');
    const registration = (address: string, status: PassStatus): PassRegistration => ({
      id: randomUUID(),
      stationId: dataset.station.id,
      version: 1,
      updatedAt: NOW,
      updatedBy: 'system',
      deleted: false,
      source: 'demo',
      externalRef: `DEMO-${randomUUID().slice(0, 8)}`,
      maskedName: '王*明',
      idMasked: `${PERSON.slice(0, 4)}**********${PERSON.slice(14)}`,
      phone: '13800138000',
      claimedAddress: { address, building: '', unit: '', room: '' },
      householdId: null,
      gridId: null,
      householdRole: 'head',
      healthCode: 'green',
      healthCodeAt: NOW - 60_000,
      submittedAt: NOW,
      status,
      reviewedBy: status === 'pending' ? null : 'system',
      reviewedAt: status === 'pending' ? null : NOW,
      reason: null,
      reasonNote: '',
      validFrom: NOW,
      validUntil: NOW + 7 * 86_400_000,
      flags: [],
    });
    const a = registration('金尚路1号', 'approved');
    const b = registration('金尚路2号', 'approved');
    const c = registration('金尚路 2号', 'pending');
    const stranger = registration('金尚路3号', 'approved');
    const unmatched = registration('金尚路4号', 'approved');
    dataset.passRegistrations = [a, b, c, stranger, unmatched];
    await seedStation(opened.db, dataset, null, NOW);
    const raw = new Map([
      [a.id, PERSON],
      [b.id, PERSON],
      [c.id, PERSON],
      [stranger.id, OTHER],
    ]);
    expect(await seedRegistrationIds(opened.db, dataset, raw, NOW)).toEqual({ registrations: 4 });

    const { rows } = await opened.db.query<{ id: string; data: PassRegistration }>(
      `SELECT id, data FROM records WHERE entity = 'passRegistrations' AND station_id = $1`,
      [dataset.station.id],
    );
    const passes = new Map(rows.map((r) => [r.id, r.data.idPasses]));
    expect(passes.get(a.id)).toEqual({ approved: 1, addresses: 1 });
    expect(passes.get(b.id)).toEqual({ approved: 1, addresses: 1 });
    // c is at b's address (spacing aside): the other approved passes are at two addresses
    expect(passes.get(c.id)).toEqual({ approved: 2, addresses: 2 });
    expect(passes.get(stranger.id)).toEqual({ approved: 0, addresses: 0 });
    expect(passes.get(unmatched.id)).toBeUndefined();

    const matches = await opened.db.query<{ row: string }>(
      'SELECT row_to_json(m)::text AS row FROM pass_id_matches m WHERE station_id = $1',
      [dataset.station.id],
    );
    expect(matches.rows).toHaveLength(4);
    for (const m of matches.rows) {
      expect(m.row).not.toContain(PERSON.slice(4, 14));
      expect(m.row).not.toContain(OTHER.slice(4, 14));
    }
  });
});
