/**
 * A station the centre will take changes for, for the sync tests that drive the real central
 * API through the real HTTP transport. The centre accepts a mutation only when its `madeBy` is
 * an active officer of the device's station who has signed in online at that device and whose
 * role permits the change (server/auth/authorizeMutations.ts). So the station here is seeded
 * the way the server seeds one (server/seed/seedStation.ts: the station's row, ONE officer —
 * the station chief, who may make any change — with the demo PIN's slow hash and an
 * access-log entry), and gets a random enrolment code from createEnrolmentCode, as the chief
 * would make one. `enrolSignedIn` enrols a workstation through POST /enrol and signs the
 * chief in through POST /auth/signin; its `officerId` is what the workstation's changes carry
 * as `madeBy`.
 *
 * The station's own row and the officer's row are records like any other: a workstation
 * pulls them with everything else.
 */
import { randomUUID } from 'node:crypto';
import { authClient } from '#common/auth/authClient';
import { DEMO_PIN } from '#common/demo/demoPin';
import type { DemoDataset } from '#common/demo';
import { officerSchema, stationSchema } from '#common/schemas/station';
import { httpTransport } from '#common/sync/httpTransport';
import type { EnrolReply } from '#common/sync/protocol';
import type { FetchLike } from '#common/sync/transport';
import { createEnrolmentCode } from '#server/auth/enrolmentCodes';
import type { Database } from '#server/db/database';
import { seedStation } from '#server/seed/seedStation';

export interface SignedInStation {
  stationId: string;
  /** A random enrolment code of the station, enough uses for a test. */
  code: string;
  /** The station's one officer: its chief. */
  officer: { id: string; badgeNo: string };
}

/** Seeds a station with its chief (demo PIN) and makes it an enrolment code. */
export async function signedInStation(
  db: Database,
  name: string,
  now = Date.now(),
): Promise<SignedInStation> {
  const stationId = randomUUID();
  const officerId = randomUUID();
  const badgeNo = randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase();
  const synced = { stationId, version: 1, updatedAt: now, updatedBy: 'system', deleted: false };
  const station = stationSchema.parse({
    ...synced,
    id: stationId,
    name,
    district: '湖里区',
    subBureau: '湖里分局',
    gridLoadLimit: 3,
  });
  const chief = officerSchema.parse({
    ...synced,
    id: officerId,
    name: '所长',
    badgeNo,
    role: 'community',
    phone: '13800000000',
    onDuty: true,
    access: 'station-chief',
    active: true,
  });
  const dataset: DemoDataset = {
    station,
    officers: [chief],
    grids: [],
    controlLevels: [],
    households: [],
    campaigns: [],
    visits: [],
    findings: [],
    checkpoints: [],
    shifts: [],
    incidents: [],
    testingSites: [],
    volunteerTeams: [],
    passRegistrations: [],
    gateChecks: [],
    handovers: [],
  };
  await seedStation(db, dataset, null, now);
  const { code } = await createEnrolmentCode(db, {
    stationId,
    request: { kind: 'workstation', maxUses: 100, expiresInHours: 24, label: 'sync test' },
    createdBy: officerId,
    now,
  });
  return { stationId, code, officer: { id: officerId, badgeNo } };
}

export interface SignedInWorkstation {
  enrolment: EnrolReply;
  deviceId: string;
  credential: string;
  /** The officer signed in at this workstation: its changes' `madeBy`. */
  officerId: string;
}

/** Enrols a workstation with the station's code and signs its chief in there, both through the real routes. */
export async function enrolSignedIn(
  api: string,
  fetchImpl: FetchLike,
  station: SignedInStation,
  workstation: string,
): Promise<SignedInWorkstation> {
  const enrolment = await httpTransport(api, null, fetchImpl).enrol({
    enrolmentCode: station.code,
    workstation,
  });
  const auth = authClient({ baseUrl: api, fetchImpl, credential: () => enrolment.credential });
  const signedIn = await auth.signIn({ badgeNo: station.officer.badgeNo, pin: DEMO_PIN });
  if (signedIn.officer.id !== station.officer.id) throw new Error(`signed in as ${signedIn.officer.id}`);
  return {
    enrolment,
    deviceId: enrolment.deviceId,
    credential: enrolment.credential,
    officerId: signedIn.officer.id,
  };
}
