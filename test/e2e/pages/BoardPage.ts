/** Page model of the situation board, for e2e tests. */
import { expect, type Page } from '@playwright/test';
import { readTable } from '../support/rawCache';
import type { RawCache } from '../support/independentFigures';
import { signInIfAsked, type OfficerKind } from '../support/signIn';

type Bridge = {
  waitFor(name: string): Promise<void>;
  board?: { now: number };
  map?: {
    renderedGridIds(): string[];
    waitForIdle(): Promise<void>;
    gridScreenPoint(id: string): { x: number; y: number } | null;
    emptyScreenPoint(margin?: number): { x: number; y: number } | null;
    renderedIncidentIds(): string[];
    lngLatAt(x: number, y: number): [number, number];
  };
};

export class BoardPage {
  /** `officer`: who signs in when the app asks (the demo roster's, or the centre's, by kind). */
  constructor(
    readonly page: Page,
    readonly officer: OfficerKind = 'duty',
  ) {}

  /** Installs the test bridge before any app script runs. */
  static async open(page: Page, url = '/', officer: OfficerKind = 'duty'): Promise<BoardPage> {
    await page.addInitScript(() => {
      (window as unknown as { __gridroomTest: object }).__gridroomTest = {};
    });
    await page.goto(url);
    return new BoardPage(page, officer);
  }

  /** Signs in if the app asks (first start, after a sign-out), then waits for the board. */
  async waitForBoard(timeout = 120_000): Promise<void> {
    await signInIfAsked(this.page, this.officer, this.page.getByTestId('signed-in'), timeout + 60_000);
    await this.page.waitForFunction(
      () => {
        const b = (window as unknown as { __gridroomTest?: { signals?: Record<string, number> } }).__gridroomTest;
        return (b?.signals?.['board-ready'] ?? 0) > 0;
      },
      undefined,
      { timeout },
    );
    await expect(this.page.getByTestId('board')).toBeVisible();
  }

  async waitForMapIdle(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.map?.waitForIdle());
  }

  async now(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.board?.now ?? 0);
  }

  async renderedGridIds(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.map?.renderedGridIds() ?? []);
  }

  async gridScreenPoint(id: string): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(
      (gridId) => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.map?.gridScreenPoint(gridId) ?? null,
      id,
    );
  }

  /** Clicks a grid with the mouse at a pixel inside it (the hook gives page coordinates). */
  async clickGrid(id: string): Promise<void> {
    const point = await this.gridScreenPoint(id);
    if (!point) throw new Error(`grid ${id} is not on screen`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** A pixel inside the grid that a click reaches (the map's canvas, not an overlay), or null. */
  async clickableGridPoint(id: string): Promise<{ x: number; y: number } | null> {
    const point = await this.gridScreenPoint(id);
    if (!point) return null;
    const onCanvas = await this.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS',
      point,
    );
    return onCanvas ? point : null;
  }

  /** A pixel of the map's canvas with no grid near it (the sea, or outside the station). */
  async emptyScreenPoint(): Promise<{ x: number; y: number } | null> {
    return this.page.evaluate(() => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.map?.emptyScreenPoint(8) ?? null);
  }

  async renderedIncidentIds(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.map?.renderedIncidentIds() ?? []);
  }

  /** Arms "new incident on the map" (the crosshair waits for a click). */
  async armNewIncident(): Promise<void> {
    await this.page.getByTestId('new-incident-on-map').click();
    await expect(this.page.getByTestId('new-incident-hint')).toBeVisible();
  }

  /** The chart of the last 24 hours' incidents: the total of the buckets it draws. */
  incidentsChart() {
    return this.page.getByTestId('incidents-chart');
  }

  kpi(name: string) {
    return this.page.locator(`[data-kpi="${name}"]`);
  }

  async readCache(): Promise<RawCache> {
    const tables = ['grids', 'officers', 'controlLevels', 'households', 'campaigns', 'visits', 'incidents', 'checkpoints', 'shifts', 'stations'] as const;
    const entries = await Promise.all(tables.map(async (t) => [t, await readTable(this.page, t)] as const));
    return Object.fromEntries(entries) as unknown as RawCache;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test/out/screens/${name}.png` });
  }
}
