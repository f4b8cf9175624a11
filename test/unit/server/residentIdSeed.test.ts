/**
 * The demo seed's matching (server/identity/seedResidentIds.ts), on PGlite and PostgreSQL:
 * seeded findings carry `idSeen` exactly as the generator's ground truth says (same ID → same
 * group; distinct households = addresses), stored rows hold no hash and no raw number, and a
 * finding a workstation later pushes for a seeded person joins that person's group.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '#common/demo';
import { identityKeyReplySchema } from '#common/identity/envelopeFormat';
import { sealResidentId } from '#common/identity/sealResidentId';
import { buildApp } from '#server/app';
import { seedResidentIds } from '#server/identity/seedResidentIds';
import { seedStation } from '#server/seed/seedStation';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { NOW } from './fixtures';

describe.each(backends)("the demo seed's ID matches ($name)", (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let dataset: DemoDataset;
  const rawIds = new Map<string, string>();
  const code = `SEED-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    opened = await backend.open();
    const full = await generateDemoData({
      size: 'station',
      seed: 5,
      now: NOW,
      stationId: randomUUID(),
      residentIds: rawIds,
    });
    // Only what matching needs: the station, its visits and findings — and its chief (officer 0),
    // who signs in to push a finding (the centre takes changes only from a signed-in officer).
    dataset = {
      ...full,
      officers: full.officers.slice(0, 1),
      grids: [],
      controlLevels: [],
      households: [],
      campaigns: [],
      checkpoints: [],
      shifts: [],
      incidents: [],
      testingSites: [],
      volunteerTeams: [],
    };
    await seedStation(opened.db, dataset, code, NOW);
    await seedResidentIds(opened.db, dataset, rawIds, NOW);
    app = await buildApp({ db: opened.db, now: () => NOW });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  const findingsData = async () =>
    new Map(
      (
        await opened.db.query<{ id: string; data: Record<string, unknown> }>(
          `SELECT id, data FROM records WHERE entity = 'findings' AND station_id = $1`,
          [dataset.station.id],
        )
      ).rows.map((r) => [r.id, r.data]),
    );

  it('gives every seeded finding the idSeen of its ground-truth group', async () => {
    const household = new Map(dataset.visits.map((v) => [v.id, v.householdId]));
    const groups = new Map<string, Array<{ id: string; household: string | undefined }>>();
    for (const f of dataset.findings) {
      const raw = rawIds.get(f.id) ?? '';
      groups.set(raw, [...(groups.get(raw) ?? []), { id: f.id, household: household.get(f.visitId) }]);
    }
    const stored = await findingsData();
    expect(stored.size).toBe(dataset.findings.length);
    let repeated = 0;
    for (const group of groups.values()) {
      const expected = { findings: group.length, addresses: new Set(group.map((g) => g.household)).size };
      if (group.length > 1) repeated++;
      for (const g of group) expect(stored.get(g.id)?.idSeen).toEqual(expected);
    }
    expect(repeated).toBeGreaterThan(5); // the demo shows people found at several addresses
    const text = JSON.stringify([...stored.values()]);
    expect(text).not.toContain('idHash');
    for (const raw of [...rawIds.values()].slice(0, 200)) expect(text).not.toContain(raw);
  });

  it("adds a pushed finding of a seeded person to that person's group", async () => {
    const seeded = dataset.findings[0]!;
    const raw = rawIds.get(seeded.id) ?? '';
    const before = (await findingsData()).get(seeded.id)?.idSeen as { findings: number; addresses: number };
    const client = await TestClient.enrol(app, { dataset, stationId: dataset.station.id, code });
    const key = identityKeyReplySchema.parse(
      (await call(app, 'GET', '/api/v1/identity-key', { credential: client.credential })).body,
    );
    const findingId = randomUUID();
    const reply = await client.push([
      client.mutation(
        'findings',
        findingId,
        {
          visitId: seeded.visitId,
          gridId: seeded.gridId,
          kind: 'floating',
          maskedName: '赵*',
          idMasked: seeded.idMasked,
          idEnvelope: await sealResidentId(raw, findingId, key),
          followUp: 'open',
        },
        0,
      ),
    ]);
    expect(reply.status).toBe(200);
    const after = await findingsData();
    const grown = { findings: before.findings + 1, addresses: before.addresses };
    expect(after.get(findingId)?.idSeen).toEqual(grown);
    expect(after.get(seeded.id)?.idSeen).toEqual(grown);
  });
});
