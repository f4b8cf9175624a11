/**
 * The `station` demo dataset (Heshan station, Huli): every row passes its schema, counts are
 * in range, generation is deterministic, geometry is consistent (points in their grids, cells
 * inside Huli without overlaps) and the deliberate flaws the dashboards must show are there.
 */
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection, feature } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoSizes, generateDemoData, xiamenDistricts, type DemoDataset } from '#common/demo';
import { dayOf, DAY_MS, HOUR_MS } from '#common/domain/time';
import { entitySchemas, type AreaGeometry, type EntityName } from '#common/schemas';

const NOW = Date.UTC(2022, 8, 30, 2, 30); // 2022-09-30 10:30 in Xiamen
const STATION_ID = '0b1f6a3e-5c2d-4e7f-8a9b-1c2d3e4f5a6b';

const asFeature = (g: AreaGeometry): Feature<Polygon | MultiPolygon> =>
  feature(g) as Feature<Polygon | MultiPolygon>;

let data: DemoDataset;
beforeAll(async () => {
  data = await generateDemoData({ size: 'station', seed: 7, now: NOW, stationId: STATION_ID });
});

function tables(d: DemoDataset): [EntityName, unknown[]][] {
  return Object.entries(d).map(([key, rows]) => [
    (key === 'station' ? 'stations' : key) as EntityName,
    Array.isArray(rows) ? rows : [rows],
  ]);
}

describe('station demo dataset', () => {
  it('has one key per entity, and every row passes its schema', () => {
    expect(
      tables(data)
        .map(([name]) => name)
        .sort(),
    ).toEqual(Object.keys(entitySchemas).sort());
    for (const [name, rows] of tables(data)) {
      for (const row of rows) {
        const parsed = entitySchemas[name].safeParse(row);
        if (!parsed.success) throw new Error(`${name}: ${parsed.error.message}`);
      }
    }
  });

  it('fills the synced fields the same way everywhere, with unique ids', () => {
    const ids = new Set<string>();
    for (const [name, rows] of tables(data)) {
      for (const row of rows as {
        id: string;
        stationId: string;
        version: number;
        updatedAt: number;
        updatedBy: string;
        deleted: boolean;
      }[]) {
        expect({
          name,
          stationId: row.stationId,
          version: row.version,
          updatedBy: row.updatedBy,
          deleted: row.deleted,
        }).toEqual({
          name,
          stationId: STATION_ID,
          version: 1,
          updatedBy: 'system',
          deleted: false,
        });
        expect(row.updatedAt).toBeLessThanOrEqual(NOW);
        expect(ids.has(row.id)).toBe(false);
        ids.add(row.id);
      }
    }
  });

  it('has counts in the expected ranges', () => {
    const s = demoSizes.station;
    expect(data.station.name).toBe('禾山派出所');
    expect(data.station.district).toBe('湖里区');
    expect(data.grids.length).toBeGreaterThanOrEqual(55);
    expect(data.grids.length).toBeLessThanOrEqual(65);
    expect(data.households.length).toBeGreaterThan(13_000);
    expect(data.households.length).toBeLessThan(17_000);
    expect(data.officers.length).toBe(s.officers);
    expect(data.checkpoints.length).toBeGreaterThanOrEqual(20);
    expect(data.checkpoints.length).toBeLessThanOrEqual(30);
    expect(data.incidents.length).toBeGreaterThanOrEqual(500);
    expect(data.incidents.length).toBeLessThanOrEqual(700);
    expect(data.testingSites.length).toBeGreaterThanOrEqual(6);
    expect(data.volunteerTeams).toHaveLength(12);
    expect(data.volunteerTeams.map((t) => t.name)).toContain('太极拳义务服务队');
    expect(data.visits.length).toBeGreaterThan(5_000);
    expect(data.findings.length).toBeGreaterThan(100);
    for (const g of data.grids) {
      const mine = data.households.filter((h) => h.gridId === g.id);
      expect(g.householdTotal).toBe(mine.length);
      expect(g.residentTotal).toBe(mine.reduce((sum, h) => sum + h.registeredResidents, 0));
    }
  });

  it('is deterministic: same seed and now give the same rows, another seed does not', async () => {
    const again = await generateDemoData({ size: 'station', seed: 7, now: NOW, stationId: STATION_ID });
    expect(again).toEqual(data);
    const other = await generateDemoData({ size: 'station', seed: 8, now: NOW, stationId: STATION_ID });
    expect(other.grids[0]?.geometry).not.toEqual(data.grids[0]?.geometry);
    expect(other.households[0]?.id).not.toBe(data.households[0]?.id);
  });

  it('puts households, checkpoints, incidents and testing sites inside their grid', () => {
    const byId = new Map(data.grids.map((g) => [g.id, asFeature(g.geometry)]));
    const located = [...data.households, ...data.checkpoints, ...data.incidents, ...data.testingSites];
    for (const row of located) {
      const grid = byId.get(row.gridId);
      expect(grid).toBeDefined();
      if (grid && !booleanPointInPolygon(row.point, grid))
        throw new Error(`point ${row.point.join(',')} outside its grid`);
    }
  });

  it('tessellates inside the Huli outline, without overlaps or slivers', () => {
    const huli = xiamenDistricts['Huli'];
    if (!huli) throw new Error('no Huli outline');
    const huliFeature = asFeature(huli.geometry);
    const cells = data.grids.map((g) => asFeature(g.geometry));
    const areas = cells.map((c) => area(c));
    for (const [i, cell] of cells.entries()) {
      const inside = intersect(featureCollection([cell, huliFeature]));
      expect(inside ? area(inside) : 0).toBeGreaterThan((areas[i] ?? 0) * 0.995);
    }
    const mean = areas.reduce((s, a) => s + a, 0) / areas.length;
    expect(Math.min(...areas)).toBeGreaterThan(mean * 0.2);
    let overlap = 0;
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const both = intersect(
          featureCollection([cells[i] as Feature<Polygon>, cells[j] as Feature<Polygon>]),
        );
        if (both) overlap += area(both);
      }
    }
    expect(overlap).toBeLessThan(mean * 0.001);
  });

  it('leaves some grids without an officer and overloads a couple of officers', () => {
    expect(data.grids.filter((g) => g.officerId === null).length).toBeGreaterThanOrEqual(1);
    const load = new Map<string, number>();
    for (const g of data.grids) if (g.officerId) load.set(g.officerId, (load.get(g.officerId) ?? 0) + 1);
    const over = [...load.values()].filter((n) => n > data.station.gridLoadLimit);
    expect(over.length).toBeGreaterThanOrEqual(1);
    const officerIds = new Set(data.officers.map((o) => o.id));
    for (const id of load.keys()) expect(officerIds.has(id)).toBe(true);
  });

  it('spreads knock-campaign coverage from clearly behind to nearly done', () => {
    const knock = data.campaigns.find((c) => c.kind === 'knock');
    expect(knock).toBeDefined();
    expect(knock && knock.start).toBeGreaterThan(NOW - 15 * DAY_MS);
    expect(knock && knock.end).toBeGreaterThan(NOW);
    expect(data.campaigns.some((c) => c.kind === 'one-standard-three-real' && c.end < knock!.start)).toBe(
      true,
    );
    const reached = new Map<string, Set<string>>();
    for (const v of data.visits) {
      expect(v.day).toBe(dayOf(v.visitedAt));
      expect(v.visitedAt).toBeLessThanOrEqual(NOW);
      if (v.campaignId !== knock?.id || v.outcome === 'not-home') continue;
      const set = reached.get(v.gridId) ?? new Set<string>();
      set.add(v.householdId);
      reached.set(v.gridId, set);
    }
    const coverage = data.grids.map((g) => (reached.get(g.id)?.size ?? 0) / Math.max(1, g.householdTotal));
    expect(Math.min(...coverage)).toBeLessThan(0.5);
    expect(Math.max(...coverage)).toBeGreaterThanOrEqual(0.9);
    expect(data.visits.some((v) => v.outcome === 'not-home')).toBe(true);
  });

  it('keeps no raw ID number in findings, nor any hash of one: only irreversible masks', () => {
    const rawId = /\d{17}[\dX]/;
    for (const f of data.findings) {
      expect(rawId.test(JSON.stringify(f))).toBe(false);
      expect(f).not.toHaveProperty('idHash');
      expect(f.idEnvelope ?? null).toBeNull();
      expect(f.idMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
      expect(f.maskedName).toContain('*');
    }
    expect(new Set(data.findings.map((f) => f.kind))).toEqual(
      new Set(['unregistered', 'test-overdue', 'floating']),
    );
  });

  it('has a contiguous 30-day control-level history with sealed and controlled grids now', () => {
    const byGrid = new Map<string, typeof data.controlLevels>();
    for (const c of data.controlLevels) byGrid.set(c.gridId, [...(byGrid.get(c.gridId) ?? []), c]);
    expect(byGrid.size).toBe(data.grids.length);
    for (const changes of byGrid.values()) {
      changes.sort((a, b) => a.from - b.from);
      expect(changes[0]?.from).toBeLessThanOrEqual(NOW - 29 * DAY_MS);
      changes.forEach((c, i) => expect(c.to).toBe(changes[i + 1]?.from ?? null));
    }
    const current = data.controlLevels.filter((c) => c.to === null).map((c) => c.level);
    expect(current.filter((l) => l === 'sealed').length).toBeGreaterThanOrEqual(1);
    expect(current.filter((l) => l === 'controlled').length).toBeGreaterThanOrEqual(2);
    expect(data.controlLevels.length).toBeGreaterThan(data.grids.length);
  });

  it('rosters 24-hour posts into the next day, with a deliberate uncovered hour', () => {
    const posts = data.checkpoints.filter((c) => c.staffed24h);
    expect(posts.length).toBeGreaterThan(0);
    let gaps = 0;
    for (const post of posts) {
      const mine = data.shifts.filter((s) => s.checkpointId === post.id).sort((a, b) => a.start - b.start);
      expect(mine.at(-1)?.end ?? 0).toBeGreaterThanOrEqual(NOW + 23 * HOUR_MS);
      expect(mine[0]?.start ?? NOW).toBeLessThanOrEqual(NOW - 3 * DAY_MS);
      for (let i = 1; i < mine.length; i++) if ((mine[i]?.start ?? 0) > (mine[i - 1]?.end ?? 0)) gaps++;
    }
    expect(gaps).toBeGreaterThanOrEqual(1);
    expect(gaps).toBeLessThanOrEqual(2);
    expect(data.checkpoints.map((c) => c.name)).toContain('彩虹花园临时警务室');
  });

  it('spreads the last 24 hours of incidents over the hours, mostly resolving old ones', () => {
    const recent = data.incidents.filter((i) => i.reportedAt > NOW - DAY_MS);
    expect(
      new Set(recent.map((i) => Math.floor((NOW - i.reportedAt) / HOUR_MS))).size,
    ).toBeGreaterThanOrEqual(12);
    const old = data.incidents.filter((i) => i.reportedAt < NOW - 7 * DAY_MS);
    expect(old.filter((i) => i.status === 'resolved').length / old.length).toBeGreaterThan(0.9);
    expect(data.incidents.some((i) => i.status !== 'resolved')).toBe(true);
    for (const i of data.incidents) {
      if (i.assignedAt !== null) expect(i.assignedAt).toBeGreaterThanOrEqual(i.reportedAt);
      if (i.resolvedAt !== null) expect(i.resolvedAt).toBeGreaterThanOrEqual(i.assignedAt ?? i.reportedAt);
      expect(i.resolvedAt === null).toBe(i.status !== 'resolved');
    }
  });
});

describe('station demo dataset: the electronic pass', () => {
  const codeOk = (colour: string, level: string) => colour === 'green' || (level !== 'sealed' && level !== 'controlled');

  it('streams about 9,000 registrations over ten days, most of them matching a household as it is written', () => {
    const regs = data.passRegistrations;
    expect(regs.length).toBe(demoSizes.station.passRegistrations);
    const households = new Map(data.households.map((h) => [h.id, h]));
    const matched = regs.filter((r) => r.householdId !== null);
    expect(matched.length / regs.length).toBeGreaterThan(0.9);
    for (const r of matched) {
      const h = households.get(r.householdId!);
      expect(h).toBeDefined();
      expect(r.claimedAddress).toEqual({ address: h!.address, building: h!.building, unit: h!.unit, room: h!.room });
      expect(r.gridId).toBe(h!.gridId);
    }
    for (const r of regs) {
      expect(r.submittedAt).toBeGreaterThanOrEqual(NOW - 10 * DAY_MS);
      expect(r.submittedAt).toBeLessThanOrEqual(NOW);
      expect(r.healthCodeAt).toBeLessThanOrEqual(NOW);
      expect(r.source).toBe('demo');
      expect(r.phone).toMatch(/^1[35789]\d{9}$/);
      expect(r.idMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
      expect(r.maskedName).toContain('*');
      expect(r.idEnvelope ?? null).toBeNull();
      expect(/\d{17}[\dX]/.test(JSON.stringify(r))).toBe(false);
    }
    expect(new Set(regs.map((r) => r.externalRef)).size).toBe(regs.length);
    const roles = new Map<string, number>();
    for (const r of matched) roles.set(r.householdRole, (roles.get(r.householdRole) ?? 0) + 1);
    expect(roles.get('head')! / matched.length).toBeGreaterThan(0.3);
    expect(roles.get('member')! / matched.length).toBeGreaterThan(0.2);
    expect(roles.get('tenant')! / matched.length).toBeGreaterThan(0.1);
  });

  it('registers at most about a household’s registered residents, with some households over', () => {
    const perHousehold = new Map<string, number>();
    for (const r of data.passRegistrations)
      if (r.householdId !== null && !r.flags.includes('duplicate'))
        perHousehold.set(r.householdId, (perHousehold.get(r.householdId) ?? 0) + 1);
    const size = new Map(data.households.map((h) => [h.id, h.registeredResidents]));
    const over = [...perHousehold].filter(([id, n]) => n > (size.get(id) ?? 0));
    expect(over.length).toBeGreaterThan(50);
    expect(over.length / perHousehold.size).toBeLessThan(0.12);
  });

  it('has unknown and malformed addresses, duplicates and bad check digits, flagged', () => {
    const regs = data.passRegistrations;
    const withFlag = (f: string) => regs.filter((r) => r.flags.includes(f as never));
    const keys = new Set(data.households.map((h) => [h.address, h.building, h.unit, h.room].map((s) => s.replace(/\s+/g, '')).join('|')));
    for (const flag of ['address-unknown', 'address-malformed']) {
      const rows = withFlag(flag);
      expect(rows.length, flag).toBeGreaterThan(50);
      for (const r of rows) {
        expect(r.householdId).toBeNull();
        expect(r.gridId).toBeNull();
        const a = r.claimedAddress;
        expect(keys.has([a.address, a.building, a.unit, a.room].map((s) => s.replace(/\s+/g, '')).join('|'))).toBe(false);
      }
    }
    expect(regs.filter((r) => r.householdId === null).every((r) => r.flags.some((f) => f.startsWith('address-')))).toBe(true);
    const duplicates = withFlag('duplicate');
    expect(duplicates.length).toBeGreaterThan(50);
    const people = new Set(regs.filter((r) => !r.flags.includes('duplicate')).map((r) => `${r.idMasked}|${r.maskedName}|${r.householdId}`));
    for (const d of duplicates) expect(people.has(`${d.idMasked}|${d.maskedName}|${d.householdId}`)).toBe(true);
    expect(withFlag('id-check-digit').length).toBeGreaterThan(5);
  });

  it('has more red and yellow codes in sealed and controlled grids, kept from approval there', () => {
    const levelOf = new Map(data.controlLevels.filter((c) => c.to === null).map((c) => [c.gridId, c.level]));
    const share = (strict: boolean) => {
      const rows = data.passRegistrations.filter(
        (r) => r.gridId !== null && ['sealed', 'controlled'].includes(levelOf.get(r.gridId) ?? 'normal') === strict,
      );
      return rows.filter((r) => r.healthCode !== 'green').length / rows.length;
    };
    expect(share(true)).toBeGreaterThan(share(false) * 3);
    const forbidden = data.passRegistrations.filter(
      (r) => r.gridId !== null && !codeOk(r.healthCode, levelOf.get(r.gridId) ?? 'normal'),
    );
    expect(forbidden.length).toBeGreaterThan(20);
    // approved only while the code was still allowed: it turned after the approval
    for (const r of forbidden.filter((x) => x.status === 'approved'))
      expect(r.healthCodeAt).toBeGreaterThan(r.reviewedAt!);
    expect(forbidden.filter((r) => r.status === 'rejected' && r.reason === 'code-colour').length).toBeGreaterThan(5);
  });

  it('mixes statuses: a few hundred pending, most approved with reviewer and window, some rejected, a few revoked', () => {
    const regs = data.passRegistrations;
    const by = (s: string) => regs.filter((r) => r.status === s);
    expect(by('pending').length).toBeGreaterThan(150);
    expect(by('pending').length).toBeLessThan(900);
    expect(by('approved').length / regs.length).toBeGreaterThan(0.75);
    expect(by('rejected').length).toBeGreaterThan(100);
    expect(by('revoked').length).toBeGreaterThan(20);
    const officers = new Set(data.officers.map((o) => o.id));
    for (const r of by('pending')) expect([r.reviewedBy, r.reviewedAt, r.reason]).toEqual([null, null, null]);
    for (const r of [...by('approved'), ...by('rejected'), ...by('revoked')]) {
      expect(officers.has(r.reviewedBy!)).toBe(true);
      expect(r.reviewedAt!).toBeGreaterThanOrEqual(r.submittedAt);
      expect(r.reviewedAt!).toBeLessThanOrEqual(NOW);
      expect(r.validUntil - r.validFrom).toBe(7 * DAY_MS);
    }
    for (const r of [...by('rejected'), ...by('revoked')]) expect(r.reason).not.toBeNull();
    for (const r of by('approved')) expect(r.reason).toBeNull();
    expect(by('approved').some((r) => r.validUntil < NOW)).toBe(true);
    expect(by('approved').some((r) => r.validUntil > NOW)).toBe(true);
    const rawIds = new Map<string, string>();
    return generateDemoData({ size: 'station', seed: 7, now: NOW, stationId: STATION_ID, residentIds: rawIds }).then((again) => {
      const reg = again.passRegistrations.find((r) => !r.flags.includes('id-check-digit'))!;
      expect(rawIds.get(reg.id)?.slice(14)).toBe(reg.idMasked.slice(14));
    });
  });

  it('has gate checks per checkpoint and hour over the last day, and two signed handovers', () => {
    const checks = data.gateChecks;
    expect(checks.length).toBeGreaterThan(1500);
    expect(checks.length).toBeLessThan(4500);
    const checkpoints = new Map(data.checkpoints.map((c) => [c.id, c]));
    const regs = new Map(data.passRegistrations.map((r) => [r.id, r]));
    const hours = new Set<number>();
    for (const c of checks) {
      const cp = checkpoints.get(c.checkpointId);
      expect(cp?.mode).not.toBe('closed');
      expect(c.gridId).toBe(cp?.gridId);
      expect(c.checkedAt).toBeGreaterThanOrEqual(NOW - 25 * HOUR_MS);
      expect(c.checkedAt).toBeLessThan(NOW);
      hours.add(Math.floor(c.checkedAt / HOUR_MS));
      if (c.registrationId === null) expect(['forged', 'malformed', 'unknown-pass']).toContain(c.result);
      else expect(c.maskedName).toBe(regs.get(c.registrationId)?.maskedName);
      if (c.result === 'exit-at-in-only') expect([cp?.mode, c.direction]).toEqual(['in-only', 'out']);
    }
    expect(hours.size).toBeGreaterThanOrEqual(24);
    const results = new Set(checks.map((c) => c.result));
    for (const r of ['valid', 'expired', 'exit-at-in-only', 'forged']) expect(results.has(r as never), r).toBe(true);
    expect(checks.filter((c) => c.result === 'valid').length / checks.length).toBeGreaterThan(0.7);
    expect(checks.some((c) => (c.temperature ?? 0) >= 37.3)).toBe(true);

    expect(data.handovers).toHaveLength(2);
    const [first, second] = data.handovers;
    expect(first!.incomingOfficerId).toBe(second!.outgoingOfficerId);
    for (const h of data.handovers) {
      expect(h.status).toBe('signed');
      expect(h.handedAt - h.shiftStart).toBeGreaterThanOrEqual(12 * HOUR_MS);
      expect(h.incomingSignedAt!).toBeGreaterThanOrEqual(h.handedAt);
      expect(h.incomingSignedAt!).toBeLessThanOrEqual(NOW);
      expect(h.sections.openIncidents.length).toBeGreaterThan(0);
      expect(h.sections.pendingReviews.length).toBeGreaterThan(0);
    }
  });
});
