/**
 * Enrols this workstation with the central API: trades the station's enrolment code for a
 * device credential and stores it (IndexedDB `meta`, never localStorage). Changes made before
 * enrolment stay in the outbox, renumbered for the new device, and are pushed once enrolled.
 */
import { httpTransport } from '#common/sync/httpTransport';
import type { GridroomDb } from '#renderer/db/database';
import type { SyncConfig } from '#renderer/db/localRows';
import { credentialForStorage } from '#renderer/sync/credentialVault';
import { createLogger } from '#common/log';

const log = createLogger('enrol');

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
  log.info('enrolment started', { apiUrl: base });
  const reply = await httpTransport(base, null, (input, init) => fetch(input, init))
    .enrol({ enrolmentCode, workstation })
    .catch((error: unknown) => {
      log.warn('enrolment refused', { apiUrl: base, err: error });
      throw error;
    });
  const config: SyncConfig = {
    apiUrl: base,
    deviceId: reply.deviceId,
    credential: await credentialForStorage(reply.credential),
    stationId: reply.station.id,
    // The server applies (clientId, seq) exactly once and in order from 1, per device.
    clientId: reply.deviceId,
    credentialIssuedAt: Date.now(),
    kind: reply.kind,
  };
  await db.transaction('rw', [db.meta, db.outbox], async () => {
    // A new device starts at seq 1: renumber changes still waiting (made offline, or under a
    // previous enrolment) so they are pushed in their original order.
    const pending = await db.outbox.orderBy('seq').toArray();
    await db.outbox.clear();
    await db.outbox.bulkAdd(pending.map((m, i) => ({ ...m, clientId: reply.deviceId, seq: i + 1 })));
    await db.meta.bulkPut([
      { key: 'syncConfig', value: config },
      { key: 'syncSeq', value: { next: pending.length + 1, clientId: reply.deviceId } },
      { key: 'syncCursor', value: { cursor: 0 } },
    ]);
  });
  log.info('enrolled', {
    apiUrl: base,
    deviceId: reply.deviceId,
    station: reply.station.id,
    kind: reply.kind,
  });
  return config;
}

/**
 * A workstation that ran on local demo data and now enrols drops the demo rows (and demo edits
 * waiting in the outbox: they describe records the centre has never had) so the station's real
 * data can arrive by the initial sync. Settings, the audit log and the enrolment stay.
 */
export async function dropDemoData(db: GridroomDb): Promise<void> {
  const state = await db.meta.get('cacheState');
  if (state?.key !== 'cacheState' || !state.value.source.startsWith('demo')) return;
  const keep = new Set(['meta', 'audit']);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.filter((t) => !keep.has(t.name)).map((t) => t.clear()));
    await db.meta.bulkPut([
      { key: 'syncSeq', value: { next: 1, clientId: (await readSyncConfigOrNull(db)) ?? 'unenrolled' } },
      { key: 'syncCursor', value: { cursor: 0 } },
      {
        key: 'cacheState',
        value: { status: 'ready', source: 'central', readyAt: Date.now(), dataAsOf: Date.now() },
      },
    ]);
  });
}

async function readSyncConfigOrNull(db: GridroomDb): Promise<string | null> {
  const row = await db.meta.get('syncConfig');
  return row?.key === 'syncConfig' ? row.value.clientId : null;
}
