/** Page model of the briefing display (早会大屏) at `#/briefing`, for e2e tests. */
import { expect, type Locator, type Page } from '@playwright/test';
import { readTable } from '../support/rawCache';
import type { BriefingCache } from '../support/briefingFigures';
import { signInIfAsked } from '../support/signIn';

type Bridge = {
  signals?: Record<string, number>;
  briefing?: { now: number; slide: string; index: number; turn: number; ready: boolean };
};

export const slideOrder = ['overnight', 'sweep', 'map', 'checkpoints', 'sites', 'tasks'] as const;
export type SlideName = (typeof slideOrder)[number];

export class BriefingPage {
  /** `demo`: which demo data set a fresh cache loads (`district` has the longest lists). */
  constructor(
    readonly page: Page,
    readonly demo: 'station' | 'district' = 'station',
  ) {}

  /** Installs the test bridge before any app script runs, then opens the deck. */
  static async open(
    page: Page,
    params = '',
    demo: 'station' | 'district' = 'station',
  ): Promise<BriefingPage> {
    await page.addInitScript(() => {
      (window as unknown as { __gridroomTest: object }).__gridroomTest = {};
    });
    const deck = new BriefingPage(page, demo);
    await deck.goto(params);
    return deck;
  }

  /** Loads the deck with route parameters (e.g. `interval=5&autoplay=0`); a fresh page, so they apply. */
  async goto(params = ''): Promise<void> {
    await this.load(`briefing${params ? `?${params}` : ''}`);
  }

  /**
   * Loads a route of the app as a fresh page (a hash change alone would keep the page's state),
   * signing a duty officer in if the workstation asks (the deck opens from a workstation).
   */
  async load(route: string): Promise<void> {
    const before = this.page.url().split('#')[0] ?? '';
    await this.page.goto(`/?demo=${this.demo}#/${route}`);
    if (before === this.page.url().split('#')[0]) await this.page.reload();
    const ready = route.startsWith('briefing') ? this.root : this.page.getByTestId('signed-in');
    // the district set takes minutes to generate and load on a fresh cache
    await signInIfAsked(this.page, 'duty', ready, this.demo === 'district' ? 900_000 : undefined);
  }

  get root(): Locator {
    return this.page.getByTestId('briefing');
  }

  async readyCount(): Promise<number> {
    return this.page.evaluate(
      () =>
        (window as unknown as { __gridroomTest?: Bridge }).__gridroomTest?.signals?.[
          'briefing-slide-ready'
        ] ?? 0,
    );
  }

  /** Waits until the shown slide says its data (and map) is in. */
  async waitForSlide(slide?: SlideName, timeout = 120_000): Promise<void> {
    if (slide) await expect(this.root).toHaveAttribute('data-slide', slide, { timeout });
    await expect(this.root).toHaveAttribute('data-ready', '1', { timeout });
  }

  async slide(): Promise<string | null> {
    return this.root.getAttribute('data-slide');
  }

  async now(): Promise<number> {
    return this.page.evaluate(
      () => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.briefing?.now ?? 0,
    );
  }

  async press(key: string, expected: SlideName): Promise<void> {
    await this.page.keyboard.press(key);
    await this.waitForSlide(expected);
  }

  /** Writes a row through the app's own cache connection, as a sync or another window would: live queries see it. */
  async putLive(table: string, row: unknown): Promise<void> {
    await this.page.evaluate(
      ([t, r]) =>
        (
          window as unknown as {
            __gridroomTest: { db: { table(n: string): { put(v: unknown): Promise<unknown> } } };
          }
        ).__gridroomTest.db
          .table(t as string)
          .put(r),
      [table, row] as const,
    );
  }

  figure(name: string): Locator {
    return this.page.locator(`[data-figure="${name}"]`);
  }

  async readCache(): Promise<BriefingCache> {
    const tables = [
      'grids',
      'controlLevels',
      'incidents',
      'visits',
      'checkpoints',
      'shifts',
      'testingSites',
      'meta',
    ] as const;
    const entries = await Promise.all(tables.map(async (t) => [t, await readTable(this.page, t)] as const));
    return Object.fromEntries(entries) as unknown as BriefingCache;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test/out/screens/briefing-${name}.png` });
  }
}
