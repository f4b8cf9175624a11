/**
 * The station's IT asks for diagnostics: Settings → 导出诊断信息 downloads one zip (browser mode,
 * station demo cache) holding README.txt, summary.json and this window's log. The summary's
 * outbox size and row counts match the raw cache (read from IndexedDB here, not by the app),
 * the log holds the cache's bring-up and an uncaught error the test raised with a resident's
 * masked name and ID in it — and no resident's masked name, masked ID or address, no
 * officer's name, appears anywhere in the zip.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/stationFixture';
import { strFromU8, unzipSync } from 'fflate';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';

type Finding = { id: string; maskedName: string; idMasked: string; deleted?: boolean };
type Household = { id: string; address: string; deleted?: boolean };
type Officer = { id: string; name: string };
type Summary = {
  cache: { appSchemaVersion: number; writtenSchemaVersion: number | null; tables: Record<string, number> };
  sync: { outbox: number; enrolled: boolean };
  protocol: { apiVersion: number };
  app: { desktop: boolean };
};

const out = 'test/out/screens';

test('exports logs, sync state and versions as one zip with nothing personal', async ({ loadedPage: page }) => {
  // loading the station demo cache alone takes most of the default 90 s on a busy machine
  test.setTimeout(180_000);
  const board = await BoardPage.open(page, '/?demo=station');
  await board.waitForBoard();
  const findings = (await readTable<Finding>(page, 'findings')).filter((f) => !f.deleted).slice(0, 50);
  const households = (await readTable<Household>(page, 'households')).filter((h) => !h.deleted).slice(0, 50);
  const officers = await readTable<Officer>(page, 'officers');
  expect(findings.length).toBeGreaterThan(0);
  const planted = findings[0]!;
  // a crash whose message quotes a resident, as a careless error text might
  await page.evaluate(
    (f) => window.dispatchEvent(new ErrorEvent('error', { message: `render failed for ${f.maskedName} ${f.idMasked}` })),
    planted,
  );

  // same document (only the hash changes): this window's in-memory log stays
  const settings = new URL(page.url());
  settings.hash = '#/settings';
  await page.goto(settings.href);
  const section = page.getByTestId('diagnostics-section');
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { name: '诊断信息' })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/settings-diagnostics.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('diagnostics-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^gridroom-diagnostics-\d{8}-\d{4}\.zip$/);
  await expect(page.getByText('诊断信息已导出')).toBeVisible();
  const path = await download.path();
  const files = unzipSync(new Uint8Array(await readFile(path)));
  expect(Object.keys(files).sort()).toEqual(['README.txt', 'logs/renderer-memory.log', 'summary.json']);

  const summary = JSON.parse(strFromU8(files['summary.json']!)) as Summary;
  expect(summary.sync.outbox).toBe((await readTable(page, 'outbox')).length);
  expect(summary.sync.enrolled).toBe(false);
  expect(summary.app.desktop).toBe(false);
  expect(summary.cache.appSchemaVersion).toBeGreaterThanOrEqual(4);
  expect(summary.cache.writtenSchemaVersion).toBe(summary.cache.appSchemaVersion);
  expect(summary.cache.tables.findings).toBe((await readTable(page, 'findings')).length);
  expect(summary.protocol.apiVersion).toBeGreaterThanOrEqual(1);

  const log = strFromU8(files['logs/renderer-memory.log']!);
  const lines = log.trim().split('\n').map((l) => JSON.parse(l) as { scope: string; msg: string });
  expect(lines.map((l) => `${l.scope}: ${l.msg}`)).toEqual(
    expect.arrayContaining(['renderer: window started', 'cache: cache ready', 'renderer: uncaught error', 'diagnostics: diagnostics exported']),
  );
  expect(log).toContain('render failed for [name] [id]');

  const everything = Object.values(files).map((b) => strFromU8(b)).join('\n');
  for (const f of findings) {
    expect(everything).not.toContain(f.maskedName);
    expect(everything).not.toContain(f.idMasked);
  }
  for (const h of households) expect(everything).not.toContain(h.address);
  for (const o of officers) expect(everything).not.toContain(o.name);
});
