/**
 * The fusion evidence 融合核验 beside a pass registration in the review queue (docs/architecture.md
 * §9): five small answers, each from one data set, and what they mean for the decision.
 *
 *   address   — does the claimed address exist in the standard address base, and which grid
 *               holds it (the household intake matched, or the intake flag saying why none)
 *   lastVisit — what the latest sweep visit at that household recorded
 *   household — passes already approved there against the household's recorded size
 *   idPasses  — the centre's match of the same resident ID against approved passes elsewhere
 *               (absent: not matched — offline, or demo data)
 *   codeZone  — the health-code colour against the grid's control level (passRules.codeAllowedIn)
 *
 * Invariants: every function is pure and total over its input; only the code-zone rule blocks
 * approval (the others warn, and the officer decides); a registration qualifies for batch
 * approval only with no warning at all; batch approval never takes a household past its size,
 * counting the registrations approved earlier in the same batch.
 */
import type {
  ControlLevel,
  HealthCodeColour,
  Household,
  IntakeFlag,
  PassRegistration,
  SweepVisit,
  VisitOutcome,
} from '../schemas';
import { codeAllowedIn } from './passRules';

export type AddressEvidence =
  /** The claim matched a live household of the standard address base. */
  | { kind: 'matched'; householdId: string; gridId: string }
  /** Intake matched a household that the cache no longer holds (deleted, or not synced yet). */
  | { kind: 'missing'; householdId: string }
  /** Intake matched none: the claim is not in the base, or could not be read as an address. */
  | { kind: 'unknown' }
  | { kind: 'malformed' };

/** Where the claimed address stands in the standard address base. */
export function addressEvidence(
  reg: Pick<PassRegistration, 'householdId' | 'flags'>,
  household: Pick<Household, 'id' | 'gridId' | 'deleted'> | null | undefined,
): AddressEvidence {
  if (reg.householdId === null) {
    return reg.flags.includes('address-malformed') ? { kind: 'malformed' } : { kind: 'unknown' };
  }
  if (!household || household.deleted || household.id !== reg.householdId)
    return { kind: 'missing', householdId: reg.householdId };
  return { kind: 'matched', householdId: household.id, gridId: household.gridId };
}

export interface LastVisitEvidence {
  visitedAt: number;
  outcome: VisitOutcome;
  unregisteredFound: number;
  team: string;
}

/** The latest live sweep visit among `visits` (any campaign), or null when none. */
export function lastVisitEvidence(
  visits: readonly Pick<
    SweepVisit,
    'id' | 'visitedAt' | 'outcome' | 'unregisteredFound' | 'team' | 'deleted'
  >[],
): LastVisitEvidence | null {
  let best: (typeof visits)[number] | null = null;
  for (const v of visits) {
    if (v.deleted) continue;
    if (best === null || v.visitedAt > best.visitedAt || (v.visitedAt === best.visitedAt && v.id > best.id))
      best = v;
  }
  return best === null
    ? null
    : {
        visitedAt: best.visitedAt,
        outcome: best.outcome,
        unregisteredFound: best.unregisteredFound,
        team: best.team,
      };
}

export interface HouseholdEvidence {
  /** Passes already approved at the household (this registration not counted). */
  approved: number;
  /** The household's recorded size 登记人数. */
  size: number;
  /** Approving this registration would hold more passes than the household's size. */
  wouldExceed: boolean;
}

/** Passes approved at the household against its size; null when no household matched. */
export function householdEvidence(
  approved: number,
  household: Pick<Household, 'registeredResidents'> | null | undefined,
): HouseholdEvidence | null {
  if (!household) return null;
  const size = household.registeredResidents;
  return { approved, size, wouldExceed: approved + 1 > size };
}

export type IdPassesEvidence =
  /** The centre has not matched this ID (offline, demo data, or not yet synced). */
  { kind: 'unchecked' } | { kind: 'none' } | { kind: 'elsewhere'; approved: number; addresses: number };

/** The centre's match of the same resident ID against other approved passes. */
export function idPassesEvidence(reg: Pick<PassRegistration, 'idPasses'>): IdPassesEvidence {
  const m = reg.idPasses;
  if (m === undefined || m === null) return { kind: 'unchecked' };
  return m.approved > 0
    ? { kind: 'elsewhere', approved: m.approved, addresses: m.addresses }
    : { kind: 'none' };
}

export interface CodeZoneEvidence {
  colour: HealthCodeColour;
  /** The grid's control level now; `normal` when no grid is known. */
  level: ControlLevel;
  allowed: boolean;
}

/** The health code against the control level of the registration's grid. */
export function codeZoneEvidence(colour: HealthCodeColour, level: ControlLevel): CodeZoneEvidence {
  return { colour, level, allowed: codeAllowedIn(colour, level) };
}

export interface PassEvidence {
  address: AddressEvidence;
  lastVisit: LastVisitEvidence | null;
  household: HouseholdEvidence | null;
  idPasses: IdPassesEvidence;
  codeZone: CodeZoneEvidence;
  flags: readonly IntakeFlag[];
}

/** What keeps a registration out of batch approval, in the order the screen lists them. */
export const passWarnings = ['code-zone', 'address', 'flags', 'household-full', 'id-elsewhere'] as const;
export type PassWarning = (typeof passWarnings)[number];

/** Every warning the evidence raises (empty: a clean registration). */
export function warningsOf(e: PassEvidence): PassWarning[] {
  const out: PassWarning[] = [];
  if (!e.codeZone.allowed) out.push('code-zone');
  if (e.address.kind !== 'matched') out.push('address');
  if (e.flags.length > 0) out.push('flags');
  if (e.household?.wouldExceed) out.push('household-full');
  if (e.idPasses.kind === 'elsewhere') out.push('id-elsewhere');
  return out;
}

/** Why approval is refused outright (the same rule the centre enforces), or null when it may be. */
export function approvalBlock(e: Pick<PassEvidence, 'codeZone'>): 'code-zone' | null {
  return e.codeZone.allowed ? null : 'code-zone';
}

export interface BatchCandidate {
  id: string;
  evidence: PassEvidence;
}

/**
 * The registrations a batch approval may take, in the given (queue) order: those with no
 * warning, where each one approved also counts against its household's size for the next.
 */
export function batchApprovable(candidates: readonly BatchCandidate[]): string[] {
  const taken = new Map<string, number>();
  const out: string[] = [];
  for (const c of candidates) {
    if (warningsOf(c.evidence).length > 0) continue;
    const { address, household } = c.evidence;
    if (address.kind !== 'matched' || household === null) continue;
    const already = taken.get(address.householdId) ?? 0;
    if (household.approved + already + 1 > household.size) continue;
    taken.set(address.householdId, already + 1);
    out.push(c.id);
  }
  return out;
}
