/**
 * Fusion findings 三数据融合 (docs/architecture.md §9): the standard address base
 * (`households`), one sweep campaign's visits and the pass registrations, compared with each
 * other and with the grids' control levels, into four kinds of finding. Pure; O(n) in the rows
 * plus O(m log m) to index the level history and O(f log f) to order the findings.
 *
 * Definitions (the tests and the e2e brute force use exactly these):
 * - **A pass** is a live registration with status `approved` that is valid at `at`
 *   (`passValidAt`): an expired approval no longer lets anybody through a gate. A
 *   **standing registration** is a pass or a live `pending` registration.
 * - **Scope**: the households of the campaign's target grids (all grids when it names none).
 *   Without a campaign there is no sweep to compare with: no suspected-unregistered and no
 *   unswept findings.
 * - **Sweep count** of a household: the people the campaign's sweep established there, from
 *   its LATEST covering visit (outcome `all-registered` or `found-unregistered`, as
 *   coverage.ts counts coverage; latest by `visitedAt`, ties to the larger id): the
 *   household's `registeredResidents` (whom the visit confirmed) plus the visit's
 *   `unregisteredFound`. A `not-home` or `refused` visit establishes no count.
 * 1. `suspected-unregistered` 疑似未登记: a live household in scope with a sweep count greater
 *    than its passes (`gap` = the difference). A household with passes ≥ its count is never
 *    flagged.
 * 2. `unswept` 未摸排: a live household in scope holding at least one pass and no covering
 *    visit in the campaign.
 * 3. `address-irregular` 地址不规范: standing registrations whose address is outside the
 *    standard base — no household matched (`householdId` null), the matched household is not
 *    a live one, or intake flagged the address (`address-unknown`, `address-malformed`,
 *    `grid-unknown`) — one finding per grid and claimed address (white space ignored).
 * 4. `code-in-zone` 红黄码在管控区: a pass whose health-code colour is not allowed in its grid's
 *    control level at `at` (`codeAllowedIn`, level from controlLevelAt.ts); one per pass.
 *    A registration with no grid has no zone to judge (it is an address-irregular finding).
 * Findings 1, 2 take the household's grid; 3, 4 the registration's. Every finding has a `key`
 * unique among the findings and stable across runs. Results do not depend on input order.
 */
import type {
  ControlLevel,
  HealthCodeColour,
  Household,
  IntakeFlag,
  PassRegistration,
  SweepVisit,
} from '../schemas';
import { indexLevelHistory, levelFromSortedHistory, type LevelChangeRef } from './controlLevelAt';
import { isCoveringOutcome } from './coverage';
import { codeAllowedIn, passValidAt } from './passRules';

export const fusionKinds = [
  'suspected-unregistered',
  'unswept',
  'address-irregular',
  'code-in-zone',
] as const;
export type FusionKind = (typeof fusionKinds)[number];

export type FusionHousehold = Pick<Household, 'id' | 'gridId' | 'registeredResidents' | 'deleted'>;
export type FusionVisit = Pick<
  SweepVisit,
  'id' | 'campaignId' | 'householdId' | 'visitedAt' | 'outcome' | 'unregisteredFound' | 'deleted'
>;
export type FusionPass = Pick<
  PassRegistration,
  | 'id'
  | 'householdId'
  | 'gridId'
  | 'status'
  | 'validFrom'
  | 'validUntil'
  | 'healthCode'
  | 'flags'
  | 'claimedAddress'
  | 'deleted'
>;

export interface FusionCampaign {
  id: string;
  targetGridIds: readonly string[];
}

export interface FusionInput {
  households: readonly FusionHousehold[];
  visits: readonly FusionVisit[];
  registrations: readonly FusionPass[];
  levelChanges: readonly LevelChangeRef[];
  /** The campaign whose sweep is compared; null: none. */
  campaign: FusionCampaign | null;
  /** The instant passes must be valid at, and levels are read at. */
  at: number;
}

export interface SuspectedUnregisteredFinding {
  kind: 'suspected-unregistered';
  key: string;
  gridId: string;
  householdId: string;
  /** People the latest covering visit established. */
  swept: number;
  passes: number;
  /** swept − passes, ≥ 1. */
  gap: number;
  visitId: string;
  visitedAt: number;
}

export interface UnsweptFinding {
  kind: 'unswept';
  key: string;
  gridId: string;
  householdId: string;
  passes: number;
}

export interface AddressIrregularFinding {
  kind: 'address-irregular';
  key: string;
  gridId: string | null;
  /** The matched household when it was matched (but flagged or no longer live). */
  householdId: string | null;
  /** The claimed address with white space removed, parts joined by ' '. */
  address: string;
  /** The standing registrations there, by id. */
  registrationIds: string[];
  flags: IntakeFlag[];
}

export interface CodeInZoneFinding {
  kind: 'code-in-zone';
  key: string;
  gridId: string;
  householdId: string | null;
  registrationId: string;
  colour: HealthCodeColour;
  level: ControlLevel;
}

export type FusionFinding =
  SuspectedUnregisteredFinding | UnsweptFinding | AddressIrregularFinding | CodeInZoneFinding;

export type FusionCounts = Record<FusionKind, number>;

export interface FusionGridCounts {
  /** null: registrations that name no grid. */
  gridId: string | null;
  counts: FusionCounts;
  /** Sum of the suspected-unregistered gaps: people the sweep found beyond the passes. */
  gap: number;
}

export interface FusionResult {
  /** Ordered by kind (as `fusionKinds`), then grid, then key. */
  findings: FusionFinding[];
  totals: FusionCounts;
  /** Every grid with at least one finding, by grid id (the no-grid row last). */
  byGrid: FusionGridCounts[];
}

/** Intake flags that put an address outside the standard base. */
export const irregularAddressFlags: ReadonlySet<IntakeFlag> = new Set<IntakeFlag>([
  'address-unknown',
  'address-malformed',
  'grid-unknown',
]);

export function zeroFusionCounts(): FusionCounts {
  return { 'suspected-unregistered': 0, unswept: 0, 'address-irregular': 0, 'code-in-zone': 0 };
}

/** A live approved registration valid at `at`. */
export function isPassAt(r: FusionPass, at: number): boolean {
  return !r.deleted && r.status === 'approved' && passValidAt(r, at);
}

/** A pass, or a live registration still waiting for review. */
export function isStanding(r: FusionPass, at: number): boolean {
  return isPassAt(r, at) || (!r.deleted && r.status === 'pending');
}

/** The claimed address as one comparable string: each part without white space. */
export function claimedAddressKey(a: FusionPass['claimedAddress']): string {
  return [a.address, a.building, a.unit, a.room]
    .map((part) => part.replace(/\s+/g, ''))
    .join(' ')
    .trim();
}

function later(a: FusionVisit, b: FusionVisit): boolean {
  return a.visitedAt > b.visitedAt || (a.visitedAt === b.visitedAt && a.id > b.id);
}

const kindOrder: Record<FusionKind, number> = {
  'suspected-unregistered': 0,
  unswept: 1,
  'address-irregular': 2,
  'code-in-zone': 3,
};

/** Within one kind and grid, what orders the findings (unique there). */
function sortId(f: FusionFinding): string {
  switch (f.kind) {
    case 'suspected-unregistered':
    case 'unswept':
      return f.householdId;
    case 'address-irregular':
      return f.address;
    case 'code-in-zone':
      return f.registrationId;
  }
}

/**
 * Findings by kind, then grid (the no-grid ones last), then `sortId`. The few hundred grid
 * ids are ranked once, so the sort of ~150,000 findings compares numbers first and strings
 * only within a grid.
 */
function ordered(findings: readonly FusionFinding[]): FusionFinding[] {
  const rank = new Map<string, number>();
  for (const f of findings) if (f.gridId !== null) rank.set(f.gridId, 0);
  const gridIds = [...rank.keys()].sort();
  gridIds.forEach((id, i) => rank.set(id, i));
  const span = gridIds.length + 1;
  const n = findings.length;
  const order = new Float64Array(n);
  const ids: string[] = new Array<string>(n);
  const index = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const f = findings[i] as FusionFinding;
    order[i] = kindOrder[f.kind] * span + (f.gridId === null ? gridIds.length : (rank.get(f.gridId) ?? 0));
    ids[i] = sortId(f);
    index[i] = i;
  }
  index.sort((a, b) => {
    const d = (order[a] as number) - (order[b] as number);
    if (d !== 0) return d;
    const x = ids[a] as string;
    const y = ids[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return Array.from(index, (i) => findings[i] as FusionFinding);
}

function hasIrregularFlag(flags: readonly IntakeFlag[]): boolean {
  for (const f of flags) if (irregularAddressFlags.has(f)) return true;
  return false;
}

export function computeFusion(input: FusionInput): FusionResult {
  const { at, campaign } = input;
  const households = new Map<string, FusionHousehold>();
  for (const h of input.households) if (!h.deleted && !households.has(h.id)) households.set(h.id, h);

  const targets = campaign && campaign.targetGridIds.length > 0 ? new Set(campaign.targetGridIds) : null;
  const inScope = (h: FusionHousehold): boolean =>
    campaign !== null && (targets === null || targets.has(h.gridId));

  // The latest covering visit of each household in scope.
  const latest = new Map<string, FusionVisit>();
  if (campaign) {
    for (const v of input.visits) {
      if (v.deleted || v.campaignId !== campaign.id || !isCoveringOutcome(v.outcome)) continue;
      const h = households.get(v.householdId);
      if (!h || !inScope(h)) continue;
      const held = latest.get(v.householdId);
      if (!held || later(v, held)) latest.set(v.householdId, v);
    }
  }

  const levelIndex = indexLevelHistory(input.levelChanges);
  const levelCache = new Map<string, ControlLevel>();
  const levelOf = (gridId: string): ControlLevel => {
    let level = levelCache.get(gridId);
    if (level === undefined) {
      level = levelFromSortedHistory(levelIndex.get(gridId) ?? [], at).level;
      levelCache.set(gridId, level);
    }
    return level;
  };

  const findings: FusionFinding[] = [];
  const passesAt = new Map<string, number>();
  const irregular = new Map<string, AddressIrregularFinding>();

  for (const r of input.registrations) {
    if (!isStanding(r, at)) continue;
    const pass = isPassAt(r, at);
    const household = r.householdId === null ? undefined : households.get(r.householdId);
    if (pass && household) passesAt.set(household.id, (passesAt.get(household.id) ?? 0) + 1);
    if (!household || hasIrregularFlag(r.flags)) {
      const address = claimedAddressKey(r.claimedAddress);
      const key = `address-irregular:${r.gridId ?? '-'}:${address}`;
      const held = irregular.get(key);
      if (held) {
        held.registrationIds.push(r.id);
        for (const f of r.flags) if (!held.flags.includes(f)) held.flags.push(f);
        if (held.householdId === null || (r.householdId !== null && r.householdId < held.householdId))
          held.householdId = r.householdId;
      } else {
        irregular.set(key, {
          kind: 'address-irregular',
          key,
          gridId: r.gridId,
          householdId: r.householdId,
          address,
          registrationIds: [r.id],
          flags: [...r.flags],
        });
      }
    }
    if (pass && r.gridId !== null) {
      const level = levelOf(r.gridId);
      if (!codeAllowedIn(r.healthCode, level))
        findings.push({
          kind: 'code-in-zone',
          key: `code-in-zone:${r.id}`,
          gridId: r.gridId,
          householdId: r.householdId,
          registrationId: r.id,
          colour: r.healthCode,
          level,
        });
    }
  }
  for (const f of irregular.values()) {
    f.registrationIds.sort();
    f.flags.sort();
    findings.push(f);
  }

  for (const [householdId, visit] of latest) {
    const h = households.get(householdId) as FusionHousehold;
    const swept = h.registeredResidents + visit.unregisteredFound;
    const passes = passesAt.get(householdId) ?? 0;
    if (swept > passes)
      findings.push({
        kind: 'suspected-unregistered',
        key: `suspected-unregistered:${householdId}`,
        gridId: h.gridId,
        householdId,
        swept,
        passes,
        gap: swept - passes,
        visitId: visit.id,
        visitedAt: visit.visitedAt,
      });
  }
  if (campaign) {
    for (const [householdId, passes] of passesAt) {
      const h = households.get(householdId) as FusionHousehold;
      if (!inScope(h) || latest.has(householdId)) continue;
      findings.push({
        kind: 'unswept',
        key: `unswept:${householdId}`,
        gridId: h.gridId,
        householdId,
        passes,
      });
    }
  }

  const sorted = ordered(findings);
  return { findings: sorted, totals: totalsOf(sorted), byGrid: countsByGrid(sorted) };
}

function totalsOf(findings: readonly FusionFinding[]): FusionCounts {
  const totals = zeroFusionCounts();
  for (const f of findings) totals[f.kind] += 1;
  return totals;
}

function countsByGrid(findings: readonly FusionFinding[]): FusionGridCounts[] {
  const byGrid = new Map<string | null, FusionGridCounts>();
  for (const f of findings) {
    let row = byGrid.get(f.gridId);
    if (!row) {
      row = { gridId: f.gridId, counts: zeroFusionCounts(), gap: 0 };
      byGrid.set(f.gridId, row);
    }
    row.counts[f.kind] += 1;
    if (f.kind === 'suspected-unregistered') row.gap += f.gap;
  }
  return [...byGrid.values()].sort((a, b) =>
    a.gridId === b.gridId ? 0 : a.gridId === null ? 1 : b.gridId === null ? -1 : a.gridId < b.gridId ? -1 : 1,
  );
}
