/**
 * Hook point for processes that run beside the app during `npm start` / `npm run dev`.
 * A later issue starts the central API server (server/) here, on loopback, and passes its
 * origin to the app (GRIDROOM_API_ORIGIN, which also widens the CSP's connect-src).
 * Today it starts nothing.
 */
export interface Companions {
  /** Environment the app (Electron or the page) should be started with. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startCompanions(): Promise<Companions> {
  return { env: {}, stop: async () => {} };
}
