/**
 * People found by sweep visits: one finding per unregistered person (some of them floating
 * population 流动人口 with an ID from elsewhere) and per person overdue for a test. A valid
 * GB 11643 number is generated for each, then only its salted hash and mask are kept — the
 * raw number never leaves this function. Older findings are mostly followed up and closed.
 */
import { hashResidentId, maskPersonName, maskResidentId } from '../domain/residentId';
import { DAY_MS, HOUR_MS } from '../domain/time';
import type { FindingKind, FollowUpStatus, PersonFinding, SweepVisit } from '../schemas';
import { personName } from './personNames';
import type { Rng } from './prng';
import { DEMO_ID_SALT, residentId } from './residentIds';
import { clampToNow, type RowContext } from './synced';

interface Pending {
  visit: SweepVisit;
  kind: FindingKind;
  rawId: string;
}

const HASH_BATCH = 4096;

export async function generateFindings(
  rng: Rng,
  ctx: RowContext,
  visits: readonly SweepVisit[],
  localAdcode: string,
): Promise<PersonFinding[]> {
  const pending: Pending[] = [];
  for (const visit of visits) {
    for (let i = 0; i < visit.unregisteredFound; i++) {
      const floating = rng.chance(0.4);
      pending.push({ visit, kind: floating ? 'floating' : 'unregistered', rawId: residentId(rng, localAdcode, floating) });
    }
    for (let i = 0; i < visit.overdueTestsFound; i++) {
      pending.push({ visit, kind: 'test-overdue', rawId: residentId(rng, localAdcode, rng.chance(0.25)) });
    }
  }

  const findings: PersonFinding[] = [];
  for (let start = 0; start < pending.length; start += HASH_BATCH) {
    const batch = pending.slice(start, start + HASH_BATCH);
    const hashes = await Promise.all(batch.map((p) => hashResidentId(p.rawId, DEMO_ID_SALT)));
    batch.forEach((p, i) => {
      const age = ctx.now - p.visit.visitedAt;
      const followUp: FollowUpStatus =
        age > 3 * DAY_MS
          ? rng.weighted<FollowUpStatus>([['closed', 75], ['in-progress', 17], ['open', 8]])
          : rng.weighted<FollowUpStatus>([['open', 50], ['in-progress', 35], ['closed', 15]]);
      const touched = followUp === 'open' ? p.visit.visitedAt : p.visit.visitedAt + rng.int(1, 48) * HOUR_MS;
      findings.push({
        id: rng.uuid(),
        stationId: ctx.stationId,
        version: 1,
        updatedAt: clampToNow(ctx, touched),
        updatedBy: 'system',
        deleted: false,
        visitId: p.visit.id,
        gridId: p.visit.gridId,
        kind: p.kind,
        maskedName: maskPersonName(personName(rng)),
        idHash: hashes[i] ?? '',
        idMasked: maskResidentId(p.rawId),
        followUp,
      });
    });
  }
  return findings;
}
