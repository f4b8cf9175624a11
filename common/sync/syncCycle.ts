/**
 * One sync cycle over a LocalStore and a SyncTransport: push every pending mutation in batches
 * (seq order, one batch in flight), then pull pages until caught up. On 410 the store forgets
 * its rows and the cycle pulls from 0 (once per cycle). The store is the only writer and each
 * of its steps is atomic, so a cycle interrupted anywhere — network, abort, crash — leaves
 * nothing half-applied and the next cycle simply continues.
 */
import { confirmedMutations } from './applyPushResults';
import type { LocalStore } from './localStore';
import { MAX_PULL_PAGE, MAX_PUSH_BATCH, type PullReply } from './protocol';
import type { SyncPhase } from './syncStatus';
import { InvalidReplyError, ResyncRequiredError } from './syncErrors';
import type { SyncTransport } from './transport';

export interface SyncCycleOptions {
  store: LocalStore;
  transport: SyncTransport;
  clientId: string;
  batchSize?: number;
  pageSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: { phase: SyncPhase; done: number; total?: number }) => void;
}

export interface SyncCycleResult {
  pushed: number;
  pulled: number;
  statuses: { applied: number; merged: number; conflict: number; rejected: number };
  resynced: boolean;
  cursor: number;
}

function checkAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('sync cycle aborted');
}

export async function runSyncCycle(o: SyncCycleOptions): Promise<SyncCycleResult> {
  const batchSize = Math.min(o.batchSize ?? MAX_PUSH_BATCH, MAX_PUSH_BATCH);
  const pageSize = Math.min(o.pageSize ?? MAX_PULL_PAGE, MAX_PULL_PAGE);
  const result: SyncCycleResult = {
    pushed: 0,
    pulled: 0,
    statuses: { applied: 0, merged: 0, conflict: 0, rejected: 0 },
    resynced: false,
    cursor: 0,
  };

  const total = await o.store.pendingCount();
  for (;;) {
    checkAborted(o.signal);
    const batch = await o.store.pendingMutations(batchSize);
    if (batch.length === 0) break;
    o.onProgress?.({ phase: 'push', done: result.pushed, total });
    // The outbox may predate enrolment: its entries are this client's whatever id they were made under.
    const mutations = batch.map((m) => (m.clientId === o.clientId ? m : { ...m, clientId: o.clientId }));
    const reply = await o.transport.push({ clientId: o.clientId, mutations }, o.signal);
    const confirmed = confirmedMutations(batch, reply);
    if (confirmed.length === 0)
      throw new InvalidReplyError(`push reply confirmed none of ${batch.length} mutations`, 'results');
    checkAborted(o.signal);
    await o.store.confirm(confirmed);
    result.pushed += confirmed.length;
    for (const c of confirmed) result.statuses[c.result.status] += 1;
  }

  let cursor = await o.store.cursor();
  const initial = cursor === 0;
  // The next page is fetched while the current one is written: network and server time
  // overlap the cache's writes. A prefetched page is used only if it starts at the new cursor.
  let prefetch: { after: number; reply: Promise<PullReply> } | null = null;
  const fetchPage = (after: number) => {
    const reply = o.transport.pull(after, pageSize, o.signal);
    reply.catch(() => {}); // awaited (and its error handled) when used; never left unhandled
    return { after, reply };
  };
  for (;;) {
    checkAborted(o.signal);
    let page: PullReply;
    try {
      const request: { after: number; reply: Promise<PullReply> } =
        prefetch?.after === cursor ? prefetch : fetchPage(cursor);
      prefetch = null;
      page = await request.reply;
    } catch (error) {
      if (!(error instanceof ResyncRequiredError) || result.resynced) throw error;
      await o.store.resetForResync();
      result.resynced = true;
      cursor = 0;
      continue;
    }
    if (page.nextCursor < cursor)
      throw new InvalidReplyError(
        `pull reply: nextCursor ${page.nextCursor} is behind the cursor ${cursor}`,
        'nextCursor',
      );
    const stray = page.changes.findIndex((c) => c.seq <= cursor || c.seq > page.nextCursor);
    if (stray !== -1)
      throw new InvalidReplyError(
        `pull reply: changes[${stray}].seq is outside (${cursor}, ${page.nextCursor}]`,
        `changes.${stray}.seq`,
      );
    checkAborted(o.signal);
    if (page.hasMore && page.nextCursor > cursor) prefetch = fetchPage(page.nextCursor);
    await o.store.applyPage(page.changes, page.nextCursor);
    result.pulled += page.changes.length;
    o.onProgress?.({ phase: initial || result.resynced ? 'initial' : 'pull', done: result.pulled });
    const progressed = page.nextCursor > cursor;
    cursor = page.nextCursor;
    const caughtUp = !page.hasMore && page.nextCursor >= page.watermark;
    // An empty page that does not move the cursor can't be followed by anything new now.
    if (caughtUp || !progressed) break;
  }
  result.cursor = cursor;
  return result;
}
