/**
 * People found by sweep visits: one finding per unregistered person (some of them floating
 * population 流动人口 with an ID from elsewhere) and per person overdue for a test. A valid
 * GB 11643 number is generated for each and only its mask is kept in the row; some floating
 * people are found again at another address (the same number and name), so the centre's
 * matching has something to show. No envelope: the generator has no centre key. The raw number
 * leaves this function only into `rawIds` when a caller supplies it — the central API's seed,
 * which computes the centre's HMACs from it; a workstation's demo load never does.
 * Older findings are mostly followed up and closed.
 */
import { maskPersonName, maskResidentId } from '../domain/residentId';
import { DAY_MS, HOUR_MS } from '../domain/time';
import type { FindingKind, FollowUpStatus, PersonFinding, SweepVisit } from '../schemas';
import { personName } from './personNames';
import type { Rng } from './prng';
import { residentId } from './residentIds';
import { clampToNow, type RowContext } from './synced';

interface Person {
  rawId: string;
  name: string;
  visitId: string;
}

/** Share of floating people who are someone already found at another address. */
const FOUND_AGAIN = 0.15;

export function generateFindings(
  rng: Rng,
  ctx: RowContext,
  visits: readonly SweepVisit[],
  localAdcode: string,
  rawIds?: Map<string, string>,
): PersonFinding[] {
  const findings: PersonFinding[] = [];
  const floatingSeen: Person[] = [];
  const person = (visit: SweepVisit, floating: boolean): Person => {
    if (floating && floatingSeen.length > 0 && rng.chance(FOUND_AGAIN)) {
      const again = rng.pick(floatingSeen);
      if (again.visitId !== visit.id) return again;
    }
    const p = { rawId: residentId(rng, localAdcode, floating), name: personName(rng), visitId: visit.id };
    if (floating) floatingSeen.push(p);
    return p;
  };
  const add = (visit: SweepVisit, kind: FindingKind, p: Person) => {
    const age = ctx.now - visit.visitedAt;
    const followUp: FollowUpStatus =
      age > 3 * DAY_MS
        ? rng.weighted<FollowUpStatus>([['closed', 75], ['in-progress', 17], ['open', 8]])
        : rng.weighted<FollowUpStatus>([['open', 50], ['in-progress', 35], ['closed', 15]]);
    const touched = followUp === 'open' ? visit.visitedAt : visit.visitedAt + rng.int(1, 48) * HOUR_MS;
    const id = rng.uuid();
    rawIds?.set(id, p.rawId);
    findings.push({
      id,
      stationId: ctx.stationId,
      version: 1,
      updatedAt: clampToNow(ctx, touched),
      updatedBy: 'system',
      deleted: false,
      visitId: visit.id,
      gridId: visit.gridId,
      kind,
      maskedName: maskPersonName(p.name),
      idMasked: maskResidentId(p.rawId),
      idEnvelope: null,
      idSeen: null,
      followUp,
    });
  };
  for (const visit of visits) {
    for (let i = 0; i < visit.unregisteredFound; i++) {
      const floating = rng.chance(0.4);
      add(visit, floating ? 'floating' : 'unregistered', person(visit, floating));
    }
    for (let i = 0; i < visit.overdueTestsFound; i++) add(visit, 'test-overdue', person(visit, rng.chance(0.25)));
  }
  return findings;
}
