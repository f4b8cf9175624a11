/**
 * A workstation of 禾山派出所 against a running central API: the built renderer served on `port`
 * with the API proxied and the station's enrolment code in its runtime config, and a browser
 * context (its own cache) opened on the board as `officer` — enrolling and syncing on first
 * run as a new workstation does. The specs that need a centre of their own (device updates, the
 * gate, pass review, two workstations) open theirs with this; `close` ends the context and the
 * renderer server (the API is the caller's).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { CentralApi } from '#server/centralApi';
import { startRendererServer, type RendererServer } from '#scripts/rendererServer';
import { BoardPage } from '../pages/BoardPage';
import { diskContext } from './diskContext';
import type { OfficerKind } from './signIn';

export const STATION = '禾山派出所';

export interface StationWorkstation {
  web: RendererServer;
  context: BrowserContext;
  page: Page;
  board: BoardPage;
  close(): Promise<void>;
}

/** The station's enrolment code at this centre. */
export function stationCode(api: CentralApi): string {
  const code = api.enrolmentCodes.find((c) => c.station === STATION)?.code;
  if (!code) throw new Error(`no enrolment code for ${STATION}`);
  return code;
}

/** The renderer for the station on `port`, proxying `api`. */
export function serveStationRenderer(api: CentralApi, port: number): Promise<RendererServer> {
  return startRendererServer({
    root: 'dist/renderer',
    port,
    apiTarget: api.url.replace(/\/$/, ''),
    runtimeConfig: { apiUrl: 'same-origin', enrolmentCode: stationCode(api) },
  });
}

/**
 * A browser context as an officer's workstation: its screen, Chinese locale, the station's time
 * zone, and its cache on disk as the desktop app's is (diskContext.ts).
 */
export function workstationContext(
  viewport: { width: number; height: number } = { width: 1600, height: 1000 },
): Promise<BrowserContext> {
  return diskContext({ viewport });
}

export async function openStationWorkstation(
  api: CentralApi,
  options: { port: number; officer?: OfficerKind; viewport?: { width: number; height: number } },
): Promise<StationWorkstation> {
  const web = await serveStationRenderer(api, options.port);
  const context = await workstationContext(options.viewport).catch(async (error: unknown) => {
    await web.close();
    throw error;
  });
  const page = await context.newPage();
  const board = await BoardPage.open(page, web.url, options.officer);
  return {
    web,
    context,
    page,
    board,
    close: async () => {
      await context.close();
      await web.close();
    },
  };
}
