/**
 * Enrols this workstation with the central API: trades the station's enrolment code for a
 * device credential and stores it (IndexedDB `meta`, never localStorage). The outbox keeps its
 * client id: changes made before enrolment are pushed once enrolled.
 */
import { httpTransport } from '../../../common/sync/httpTransport';
import type { GridroomDb } from '../../db/database';
import type { SyncConfig } from '../../db/localRows';

/** `same-origin` (the loopback proxy of `npm start`) or an absolute http(s) origin. */
export function resolveApiUrl(apiUrl: string): string {
  return apiUrl === 'same-origin' ? window.location.origin : apiUrl.replace(/\/+$/, '');
}

export async function enrolWorkstation(
  db: GridroomDb,
  apiUrl: string,
  enrolmentCode: string,
  workstation: string,
): Promise<SyncConfig> {
  const base = resolveApiUrl(apiUrl);
  const reply = await httpTransport(base, null, (input, init) => fetch(input, init)).enrol({
    enrolmentCode,
    workstation,
  });
  const seq = await db.meta.get('syncSeq');
  const config: SyncConfig = {
    apiUrl: base,
    deviceId: reply.deviceId,
    credential: reply.credential,
    stationId: reply.station.id,
    clientId: seq?.key === 'syncSeq' ? seq.value.clientId : reply.deviceId,
  };
  await db.meta.put({ key: 'syncConfig', value: config });
  return config;
}
