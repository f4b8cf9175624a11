/**
 * A browser context as the benches open the app: a workstation's screen size, Chinese locale and
 * the station's time zone (Asia/Shanghai), so dates and figures read as an officer's would.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/chromium';

export function newAppContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1600, height: 1000 },
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...options, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/**
 * The same, in a browser of its own on a profile on disk, as Electron's default session is:
 * IndexedDB on disk and V8's code cache kept between page loads (a throwaway context keeps
 * neither, so every launch there compiles the app's script afresh). `close` removes the profile.
 */
export async function newPersistentAppContext(viewport: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gridroom-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
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
