/**
 * A fault-injecting network between a simulated workstation and the central API: requests
 * dropped before the server sees them, replies dropped after it applied them, requests
 * delivered twice, stale copies of earlier requests delivered late, and the workstation's
 * runner killed between a request and its confirmation. Seeded, so a failing run replays.
 */
import type { Rng } from '#common/demo';
import type { FetchLike } from '#common/sync/transport';

export interface FaultRates {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  replayStale: number;
  kill: number;
}

export const noFaults: FaultRates = {
  dropRequest: 0,
  dropResponse: 0,
  duplicate: 0,
  replayStale: 0,
  kill: 0,
};

export interface FaultCounts {
  requests: number;
  droppedRequests: number;
  droppedResponses: number;
  duplicated: number;
  replayed: number;
  kills: number;
}

export const zeroCounts = (): FaultCounts => ({
  requests: 0,
  droppedRequests: 0,
  droppedResponses: 0,
  duplicated: 0,
  replayed: 0,
  kills: 0,
});

/** The runner's session is gone: thrown after the server has handled the request. */
export class KilledError extends Error {
  constructor() {
    super('runner killed mid-batch');
    this.name = 'KilledError';
  }
}

export interface FaultyNetwork {
  fetch: FetchLike;
  /** Set when the last request killed the runner; the test discards the session and clears it. */
  killed: boolean;
}

export function faultyNetwork(
  inner: FetchLike,
  rng: Rng,
  rates: () => FaultRates,
  counts: FaultCounts,
): FaultyNetwork {
  const history: { input: string; init: RequestInit }[] = [];
  const net: FaultyNetwork = {
    killed: false,
    fetch: async (input, init) => {
      const r = rates();
      counts.requests += 1;
      if (history.length > 0 && rng.chance(r.replayStale)) {
        counts.replayed += 1;
        const stale = history[rng.int(0, history.length - 1)]!;
        await inner(stale.input, stale.init)
          .then((res) => res.text())
          .catch(() => '');
      }
      if (init.method === 'POST') {
        history.push({ input, init: { ...init, signal: null } });
        if (history.length > 50) history.shift();
      }
      if (rng.chance(r.dropRequest)) {
        counts.droppedRequests += 1;
        throw new TypeError('network unreachable (request dropped)');
      }
      let res = await inner(input, init);
      if (rng.chance(r.duplicate)) {
        counts.duplicated += 1;
        await res.text();
        res = await inner(input, init);
      }
      if (rng.chance(r.kill)) {
        counts.kills += 1;
        net.killed = true;
        throw new KilledError();
      }
      if (rng.chance(r.dropResponse)) {
        counts.droppedResponses += 1;
        throw new TypeError('connection reset (response dropped)');
      }
      return res;
    },
  };
  return net;
}
