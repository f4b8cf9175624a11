/**
 * Processes that run beside the app during `npm start` / `npm run dev`: the central API
 * (server/, PGlite in .data/central-api — or --data-dir — with the seeded demo city) on loopback, so a newcomer
 * sees workstations stay in step out of the box. `--offline` (or GRIDROOM_OFFLINE=1) starts
 * nothing and the app runs on local demo data.
 *
 * The app learns where the API is from its runtime config: in browser mode the loopback
 * server proxies /api to it (same origin); Electron gets GRIDROOM_API_URL, GRIDROOM_API_ORIGIN
 * (which widens the CSP's connect-src) and the demo station's enrolment code.
 */
import { startCentralApi } from '#server/centralApi';
import type { RuntimeConfig } from '#common/runtimeConfig';
import { staleLockNotice } from './startProblems';

export interface Companions {
  /** Environment the app (Electron) should be started with. */
  env: Record<string, string>;
  /** Origin the loopback renderer server proxies /api to (null: no API). */
  apiTarget: string | null;
  /** What the renderer is told in browser mode. */
  runtimeConfig: RuntimeConfig;
  stop(): Promise<void>;
}

const offline: Companions = {
  env: {},
  apiTarget: null,
  runtimeConfig: { apiUrl: null, enrolmentCode: null },
  stop: async () => {},
};

export async function startCompanions(options: {
  offline: boolean;
  apiPort: number;
  /** The central API's PGlite folder (unused with DATABASE_URL). */
  dataDir: string;
}): Promise<Companions> {
  if (options.offline) return offline;
  const api = await startCentralApi({
    port: options.apiPort,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: options.dataDir }),
  });
  if (api.staleLock) console.log(staleLockNotice(options.dataDir, api.staleLock));
  const origin = api.url.replace(/\/$/, '');
  // A fresh code every start (issueDemoCodes): a workstation not yet enrolled enrols with it;
  // an enrolled one keeps its credential and never reads it.
  const code = api.enrolmentCodes[0]?.code ?? process.env.GRIDROOM_ENROLMENT_CODE ?? null;
  console.log(`central API (${api.databaseKind}) at ${origin}`);
  for (const c of api.enrolmentCodes) console.log(`  ${c.station}: enrolment code ${c.code}`);
  return {
    env: {
      GRIDROOM_API_URL: origin,
      GRIDROOM_API_ORIGIN: origin,
      ...(code ? { GRIDROOM_ENROLMENT_CODE: code } : {}),
    },
    apiTarget: origin,
    runtimeConfig: { apiUrl: 'same-origin', enrolmentCode: code },
    stop: () => api.close(),
  };
}
