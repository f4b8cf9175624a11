/**
 * Two workstations of one station against the real central API on loopback: the API (PGlite),
 * the built renderer served on `port` with the API proxied and 禾山派出所's enrolment code in
 * its runtime config, and two browser contexts (two caches) each opened on the board — enrolling
 * and syncing on first run as a new workstation does. `close` ends all of it.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import type { RendererServer } from '#scripts/rendererServer';
import { BoardPage } from '../pages/BoardPage';
import { IncidentsPage } from '../pages/IncidentsPage';
import { serveStationRenderer, workstationContext } from './stationWorkstation';

export interface Workstation {
  context: BrowserContext;
  page: Page;
  board: BoardPage;
  incidents: IncidentsPage;
}

export interface TwoWorkstations {
  api: CentralApi;
  web: RendererServer;
  ws: Workstation[];
  close(): Promise<void>;
}

export async function openTwoWorkstations(port: number): Promise<TwoWorkstations> {
  const api = await startCentralApi({ port: 0 });
  const web = await serveStationRenderer(api, port);
  const ws: Workstation[] = [];
  const close = async (): Promise<void> => {
    for (const w of ws) await w.context.close();
    await web.close();
    await api.close();
  };
  try {
    for (let i = 0; i < 2; i++) {
      const context = await workstationContext();
      const page = await context.newPage();
      const board = await BoardPage.open(page, web.url);
      ws.push({ context, page, board, incidents: new IncidentsPage(page) });
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { api, web, ws, close };
}
