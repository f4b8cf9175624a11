/**
 * The demo dataset: a deterministic picture of one station laid over a real district outline.
 * `station` is Heshan station 禾山派出所 (Huli) with ≈60 grids; `district` is Tong'an 同安区
 * (standing as 新民派出所's dataset) with exactly 725 grids. Same seed + same `now` ⇒ the
 * same rows, ids included. Every row passes its schema in common/schemas/entities.ts, carries
 * version 1, `updatedBy: 'system'`, `deleted: false`, the station's id and `updatedAt ≤ now`.
 * Async only because ID numbers are hashed with Web Crypto.
 */
import type {
  Checkpoint,
  ControlLevel,
  ControlLevelChange,
  DutyShift,
  Grid,
  Household,
  Incident,
  Officer,
  PersonFinding,
  Station,
  SweepCampaign,
  SweepVisit,
  TestingSite,
  VolunteerTeam,
  PassRegistration,
  GateCheck,
  Handover,
} from '../schemas';
import { generateCheckpoints } from './checkpoints';
import { generateControlLevels } from './controlLevels';
import { xiamenDistricts } from './districtOutlines';
import { generateFindings } from './findings';
import { planGrids } from './gridPlan';
import { generateHouseholds, householdCounts } from './households';
import { generateIncidents } from './incidents';
import { generateOfficers } from './officers';
import { generateGateChecks } from './gateChecks';
import { generateHandovers } from './handovers';
import { generatePassRegistrations } from './passRegistrations';
import { personName } from './personNames';
import { heshanProfile, xinminProfile, type PlaceProfile } from './places';
import { createRng } from './prng';
import { generateShifts } from './shifts';
import { demoSizes, type DemoSize } from './sizes';
import { generateSweeps } from './sweeps';
import { synced, type RowContext } from './synced';
import { clipToBox, tessellate } from './tessellate';
import { generateTestingSites } from './testingSites';
import { generateVolunteerTeams } from './volunteerTeams';

export interface DemoOptions {
  size: DemoSize;
  seed?: number;
  /** The instant the data is "as of" (epoch ms). */
  now: number;
  /** Defaults to an id derived from the seed. */
  stationId?: string;
  /**
   * Only the central API's seed passes this: finding id (and pass registration id) → raw ID,
   * for the centre's HMACs.
   */
  residentIds?: Map<string, string>;
}

/** Keys are the entity names of common/schemas/entities.ts (`station` holds the one row of `stations`). */
export interface DemoDataset {
  station: Station;
  officers: Officer[];
  grids: Grid[];
  controlLevels: ControlLevelChange[];
  households: Household[];
  campaigns: SweepCampaign[];
  visits: SweepVisit[];
  findings: PersonFinding[];
  checkpoints: Checkpoint[];
  shifts: DutyShift[];
  incidents: Incident[];
  testingSites: TestingSite[];
  volunteerTeams: VolunteerTeam[];
  passRegistrations: PassRegistration[];
  gateChecks: GateCheck[];
  handovers: Handover[];
}

export const DEFAULT_DEMO_SEED = 20220930;
export const GRID_LOAD_LIMIT = 2;

const PROFILES: Readonly<Record<DemoSize, PlaceProfile>> = { station: heshanProfile, district: xinminProfile };

/** The current (open-ended) level of each grid. */
function currentLevels(gridIds: readonly string[], changes: readonly ControlLevelChange[]): ControlLevel[] {
  const open = new Map<string, ControlLevel>();
  for (const c of changes) if (c.to === null) open.set(c.gridId, c.level);
  return gridIds.map((id) => open.get(id) ?? 'normal');
}

export async function generateDemoData(options: DemoOptions): Promise<DemoDataset> {
  const { size, now } = options;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isInteger(now) || now < 0) throw new Error('now must be epoch milliseconds');
  const spec = demoSizes[size];
  const profile = PROFILES[size];
  const root = createRng(seed);
  const stationId = options.stationId ?? root.fork('station').uuid();
  const ctx: RowContext = { stationId, now };

  const outline = xiamenDistricts[profile.outline];
  if (!outline) throw new Error(`no outline for ${profile.outline}`);
  const region = profile.subArea ? clipToBox(outline.geometry, profile.subArea) : outline.geometry;
  const cells = tessellate(root.fork('tessellate'), region, { count: spec.grids });
  const plans = planGrids(root.fork('grid-names'), cells, profile);
  const gridRng = root.fork('grids');
  const gridIds = plans.map(() => gridRng.uuid());

  const station: Station = {
    ...synced(ctx, stationId, now - 90 * 86_400_000),
    name: profile.stationName,
    district: profile.district,
    subBureau: profile.subBureau,
    gridLoadLimit: GRID_LOAD_LIMIT,
    lockAfterMinutes: 10,
  };
  const { officers, gridOfficer } = generateOfficers(root.fork('officers'), ctx, spec.officers, plans.length, GRID_LOAD_LIMIT);

  const counts = householdCounts(root.fork('household-counts'), plans, spec.households);
  const { households, byGrid } = generateHouseholds(root.fork('households'), ctx, profile, plans, gridIds, counts);
  const residents = byGrid.map((idx) => idx.reduce((s, hi) => s + (households[hi]?.registeredResidents ?? 0), 0));
  const grids: Grid[] = plans.map((p, gi) => ({
    ...synced(ctx, gridIds[gi] ?? '', now - 30 * 86_400_000),
    code: p.code,
    name: p.name,
    community: p.community,
    street: p.street,
    geometry: p.geometry,
    officerId: gridOfficer[gi] ?? null,
    gridLeader: personName(gridRng),
    householdTotal: counts[gi] ?? 0,
    residentTotal: residents[gi] ?? 0,
  }));

  const controlLevels = generateControlLevels(
    root.fork('control-levels'),
    ctx,
    gridIds,
    plans.map((p) => p.centre),
    profile.commandName,
  );
  const levels = currentLevels(gridIds, controlLevels);
  const { campaigns, visits } = generateSweeps(root.fork('sweeps'), ctx, plans, gridIds, households, byGrid);
  const findings = generateFindings(root.fork('findings'), ctx, visits, profile.adcode, options.residentIds);
  const checkpoints = generateCheckpoints(root.fork('checkpoints'), ctx, profile, plans, gridIds, levels, counts, spec.checkpoints);
  const testingSites = generateTestingSites(root.fork('testing-sites'), ctx, profile, plans, gridIds, counts, spec.testingSites);
  const volunteerTeams = generateVolunteerTeams(root.fork('teams'), ctx, profile, spec.volunteerTeams, checkpoints, testingSites);
  const { shifts } = generateShifts(root.fork('shifts'), ctx, checkpoints, testingSites, officers, volunteerTeams);
  const incidents = generateIncidents(
    root.fork('incidents'),
    ctx,
    profile,
    plans,
    gridIds,
    gridOfficer,
    officers,
    counts,
    spec.incidents,
  );
  const levelOf = new Map(gridIds.map((id, gi) => [id, levels[gi] ?? 'normal'] as const));
  const passRegistrations = generatePassRegistrations(root.fork('pass-registrations'), ctx, {
    households,
    levelOf,
    officers,
    localAdcode: profile.adcode,
    count: spec.passRegistrations,
    rawIds: options.residentIds,
  });
  const gateChecks = generateGateChecks(root.fork('gate-checks'), ctx, {
    checkpoints,
    shifts,
    registrations: passRegistrations,
    levelOf,
    count: spec.gateChecks,
  });
  const handovers = generateHandovers(root.fork('handovers'), ctx, {
    officers,
    grids,
    incidents,
    controlLevels,
    registrations: passRegistrations,
    findings,
    count: 2,
  });

  return {
    station,
    officers,
    grids,
    controlLevels,
    households,
    campaigns,
    visits,
    findings,
    checkpoints,
    shifts,
    incidents,
    testingSites,
    volunteerTeams,
    passRegistrations,
    gateChecks,
    handovers,
  };
}
