/**
 * The print layout opened in a tab of its own (as the browser's PDF export and Electron's hidden
 * export window open it) reads the day's visits once: the route starts the read in a worker with
 * the layout's code and hands it to the layout, whose build takes it instead of reading again.
 * Seen in what the tab's visits workers are asked (each read is one worker, named for its job;
 * the early read asks only of a ready cache, the build's own read asks regardless).
 */
import { expect, test } from './support/stationFixture';
import { BoardPage } from './pages/BoardPage';

const yesterday = (now: number) => new Date(now + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);

test('a fresh print tab reads the day’s visits in one worker, the route’s early read', async ({ loadedPage: page }) => {
  test.setTimeout(180_000);
  const board = await BoardPage.open(page);
  await board.waitForBoard();
  // every tab of this context records what its visits workers are asked
  await page.context().addInitScript(() => {
    const tab = window as unknown as { __visitsAsked: unknown[]; __gridroomTest: object };
    tab.__visitsAsked = [];
    tab.__gridroomTest ??= {};
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== 'gridroom-report-visits') return;
        this.postMessage = (message: unknown) => {
          tab.__visitsAsked.push(message);
          super.postMessage(message);
        };
      }
    };
  });
  const day = yesterday(Date.now());
  const [tab] = await Promise.all([
    page.waitForEvent('popup'),
    page.evaluate((d) => void window.open(`/#/report-print?date=${d}`, '_blank'), day),
  ]);
  await expect(tab.locator('body')).toHaveAttribute('data-report-ready', '1', { timeout: 120_000 });
  await expect(tab.getByTestId('report-day')).toBeVisible();
  // the day's visits are in the printed report, from that one read
  const teams = await tab.evaluate(
    () =>
      (window as unknown as { __gridroomTest: { report: { visitTeams: unknown[] } } }).__gridroomTest.report
        .visitTeams,
  );
  expect(teams.length).toBeGreaterThan(0);
  // one read, the early one (asked at boot: only from a ready cache), not a second in the build
  const asked = await tab.evaluate(() => (window as unknown as { __visitsAsked: unknown[] }).__visitsAsked);
  expect(asked).toEqual([expect.objectContaining({ date: day, listed: 'notable', onlyWhenReady: true })]);
  await tab.close();
});
