/**
 * A browser context as the benches open the app: a workstation's screen size, Chinese locale and
 * the station's time zone (Asia/Shanghai), so dates and figures read as an officer's would.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

export function newAppContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1600, height: 1000 },
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...options, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/**
 * How long a freshly loaded demo cache is left before a cold-start figure is taken. Right after
 * a bulk load IndexedDB's LevelDB compacts for a while (measured: every stage of the report's
 * cold start ~1.4× slower, script evaluation included, on these two cores); a workstation's
 * cache has long settled by the time a chief opens the board or makes a report.
 */
const SETTLE_MS = { station: 5_000, district: 30_000 } as const;

/** Loads the demo cache of a size through the app's first run, waits for the board, lets it settle. */
export async function loadDemoCache(
  context: BrowserContext,
  url: string,
  size: 'station' | 'district',
): Promise<void> {
  const loader = await context.newPage();
  await loader.goto(`${url}/?demo=${size}`);
  await loader.waitForFunction(() => performance.getEntriesByName('board:ready').length > 0, undefined, {
    timeout: 900_000,
    polling: 500,
  });
  await loader.close();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS[size]));
}
