/**
 * A browser context as the benches open the app: on disk as a workstation's profile is, with a
 * workstation's screen size, Chinese locale and the station's time zone (Asia/Shanghai), so
 * dates and figures read as an officer's would; and
 * the app's first start in it, where the station chief signs in (demo PIN, or the centre's demo
 * city, which seeds the same PIN). The session is kept in the cache, so later page loads in the
 * same context go straight to the board and cold-start figures hold no sign-in.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_PIN } from '#common/demo/demoPin';
import { diskContext } from '#test/e2e/support/diskContext';
import { demoOfficer } from '#test/e2e/support/signIn';

/** Contexts newAppContext opened that are not closed yet (closeAppContexts). */
const openContexts = new Set<BrowserContext>();

/**
 * A context in a Chromium of its own on a fresh temporary profile on disk, as Electron's default
 * session is: IndexedDB on disk (an incognito context's in-memory store writes indexed rows
 * ~3.3× slower on Chromium 150: test/e2e/support/diskContext.ts) and V8's code cache kept
 * between page loads. `close()` also removes the profile.
 */
export async function newAppContext(
  viewport: { width: number; height: number } = { width: 1600, height: 1000 },
  options: { bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await diskContext({ viewport, ...options });
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  return context;
}

/** The bench harness page (bench/harness/) in a new tab, once its script has set `bench` up. */
export async function openHarness(context: BrowserContext, harnessUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(harnessUrl.replace(/\/$/, '') + '/');
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached' });
  return page;
}

/**
 * Runs `window.bench[name](arg)` on the harness page in an app context of its own (a fresh
 * profile on disk), and closes it: for the benches that are one harness function.
 */
export async function runOnHarness<T>(harnessUrl: string, name: string, arg: unknown): Promise<T> {
  const context = await newAppContext();
  try {
    const page = await openHarness(context, harnessUrl);
    return (await page.evaluate(
      ([fn, value]) =>
        (window as unknown as { bench: Record<string, (v: unknown) => unknown> }).bench[fn as string]!(value),
      [name, arg] as const,
    )) as T;
  } finally {
    await context.close();
  }
}

/**
 * Closes every context a bench opened and did not close (a bench that failed half-way), so
 * its Chromium exits and its temporary profile is removed; bench/run.ts calls it last.
 */
export async function closeAppContexts(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close().catch(() => undefined)));
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
  await waitForBoardReady(loader, 900_000);
  await loader.close();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS[size]));
}

/**
 * Waits for the board (`board:ready`), signing the station chief in when the app asks first —
 * the chief, because a bench may do anything a station does (imports, level changes).
 */
export async function waitForBoardReady(page: Page, timeout = 300_000): Promise<void> {
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('board:ready').length > 0 ||
      document.querySelector('[data-testid="signin-screen"]') !== null,
    undefined,
    { timeout, polling: 200 },
  );
  if ((await page.getByTestId('signin-screen').count()) > 0) {
    const chief = await demoOfficer(page, 'chief');
    await page.getByTestId('signin-badge').fill(chief.badgeNo);
    await page.getByTestId('signin-pin').fill(DEMO_PIN);
    await page.getByTestId('signin-submit').click();
  }
  await page.waitForFunction(() => performance.getEntriesByName('board:ready').length > 0, undefined, {
    timeout,
    polling: 200,
  });
}
