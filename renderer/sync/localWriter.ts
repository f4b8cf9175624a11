/**
 * The step every local write shares (localWrite.ts for one change, localBatchWrite.ts for an
 * import): who stamps the changes — the workstation's client id and station, taken from the
 * sync config once enrolled, else from the seq counter and the station the caller read — the
 * seq counter the changes number from, the change of one record as common/sync/localChange
 * makes it, and, after the commit, the nudge that makes the sync runner push promptly.
 */
import type { EntityName } from '#common/schemas/entities';
import { localChange, type LocalChange } from '#common/sync/localChange';
import type { SyncRow } from '#common/sync/rebase';
import type { MetaRow } from '#renderer/db/localRows';
import { syncChannelName, type SyncChannelMessage } from './syncChannel';

/** The station of a workstation that has none yet (not enrolled, empty cache). */
export const NO_STATION = '00000000-0000-4000-8000-000000000000';

export interface LocalWriter {
  /** The seq counter as stored (or a new one): `next` is the first seq this write may use. */
  seq: { next: number; clientId: string };
  clientId: string;
  stationId: string;
  /** The change of one record, numbered `seq`; null when the patch changes nothing. */
  change(
    target: { entity: EntityName; id: string; patch: Readonly<Record<string, unknown>> },
    current: SyncRow | null,
    seq: number,
  ): LocalChange | null;
}

/**
 * The writer from the `syncConfig` and `syncSeq` meta rows as read in the write's transaction;
 * `station` is the station to stamp before enrolment.
 */
export function localWriter(
  stored: { config: MetaRow | undefined; seq: MetaRow | undefined },
  station: string,
  by: { madeBy: string; now: number },
): LocalWriter {
  const { config } = stored;
  const seq = stored.seq?.key === 'syncSeq' ? stored.seq.value : { next: 1, clientId: crypto.randomUUID() };
  const clientId = config?.key === 'syncConfig' ? config.value.clientId : seq.clientId;
  const stationId = config?.key === 'syncConfig' ? config.value.stationId : station;
  return {
    seq,
    clientId,
    stationId,
    change: ({ entity, id, patch }, current, next) =>
      localChange({
        entity,
        id,
        current,
        patch,
        clientId,
        seq: next,
        madeBy: by.madeBy,
        now: by.now,
        stationId,
      }),
  };
}

/** Tells this cache's sync runner (in any window) that the outbox has something new. */
export function announceLocalWrite(dbName: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(syncChannelName(dbName));
  channel.postMessage({ type: 'local-write' } satisfies SyncChannelMessage);
  channel.close();
}
