/**
 * The one Playwright fixture for specs that work on one workstation's demo station: `station`
 * is a page of its own (its own browser, on a copy of a profile with the station already loaded
 * — see stationProfile.ts — so its own cache) with the test bridge, opened on
 * `stationOptions.url`, signed in and on the board — opened once per spec file (and per
 * --repeat-each round) and shared by its tests in order, as their serial story needs; it
 * closes when the worker moves on to another file or ends. A spec sets what differs with
 * `test.use({ stationOptions: { … } })`: the URL, the viewport, who signs in, what must happen
 * before the app loads (`prepare`, e.g. network guards) and once after it is up (`ready`).
 * `loadedPage` is the same start for a single test: a page on its own copy of the loaded
 * station, not yet opened; `diskPage` a page on an empty profile of its own (diskContext.ts).
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { BoardPage } from '../pages/BoardPage';
import type { OfficerKind } from './signIn';
import { diskContext, firstPage } from './diskContext';
import { stationContext } from './stationProfile';

export interface Station {
  page: Page;
  board: BoardPage;
}

export interface StationOptions {
  /** Default '/'. */
  url?: string;
  /** Default 1600×1000. */
  viewport?: { width: number; height: number };
  /** Who signs in when asked; default a duty officer. */
  officer?: OfficerKind;
  /** Before the app is opened: routes, guards. */
  prepare?: (page: Page) => Promise<void>;
  /** Once, after the board is up: what every test of the spec starts from. */
  ready?: (station: Station) => Promise<void>;
}

interface Held {
  key: string;
  station: Station;
  context: BrowserContext;
}

export const test = base.extend<
  { station: Station; stationOptions: StationOptions; loadedPage: Page; diskPage: Page },
  { heldStation: { current: Held | null } }
>({
  stationOptions: [{}, { option: true }],
  heldStation: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: none here
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const held: { current: Held | null } = { current: null };
      await use(held);
      await held.current?.context.close();
    },
    { scope: 'worker' },
  ],
  station: [
    async ({ baseURL, stationOptions, heldStation }, use, testInfo) => {
      const key = `${testInfo.file}#${testInfo.repeatEachIndex}`;
      if (heldStation.current?.key !== key) {
        await heldStation.current?.context.close();
        heldStation.current = null;
        const { url = '/', viewport = { width: 1600, height: 1000 }, officer = 'duty' } = stationOptions;
        const { prepare, ready } = stationOptions;
        const context = await stationContext({ baseURL: String(baseURL), viewport });
        const page = await firstPage(context);
        await prepare?.(page);
        const board = await BoardPage.open(page, url, officer);
        await board.waitForBoard();
        const station = { page, board };
        await ready?.(station);
        heldStation.current = { key, station, context };
      }
      await use(heldStation.current.station);
    },
    // the first opening of a run makes the loaded profile: its own time, not the first test's
    { timeout: 300_000 },
  ],
  // a page of one test's own, not yet opened, on a copy of the loaded station (1600×1000)
  loadedPage: [
    async ({ baseURL }, use) => {
      const context = await stationContext({
        baseURL: String(baseURL),
        viewport: { width: 1600, height: 1000 },
      });
      await use(await firstPage(context));
      await context.close();
    },
    { timeout: 300_000 },
  ],
  // a page of one test's own on an empty profile on disk (no cache yet), at the config's baseURL
  diskPage: async ({ baseURL }, use) => {
    const context = await diskContext({ baseURL: String(baseURL) });
    await use(await firstPage(context));
    await context.close();
  },
});

export { expect } from '@playwright/test';
