/**
 * Accessibility (issue 14, deliverable 6): axe-core on every screen, the sign-in screen, the
 * printed daily report and every briefing slide, in Chinese and in English, as the station
 * chief (who sees every screen). Any serious or critical violation fails, printed readably
 * (rule, help, the offending nodes); each screen also has exactly one `h1`. Per-screen counts
 * go to test/out/a11y/<language>.json, and a dark-theme screenshot of each to test/out/screens/.
 */
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { BriefingPage, slideOrder } from './pages/BriefingPage';
import { ReportsPage } from './pages/ReportsPage';
import { audit, formatViolations, violationCount, type Audit } from './support/axe';
import { demoOfficer } from './support/signIn';
import { firstPage } from './support/diskContext';
import { stationContext } from './support/stationProfile';
import { DEMO_PIN } from '#common/demo/demoPin';

test.describe.configure({ mode: 'serial' });
test.setTimeout(600_000);

type Language = 'zh-CN' | 'en';

/** The shell's screens, by route, and what shows once each is drawn with its data. */
const screens: Array<{ route: string; ready: (page: Page) => Locator }> = [
  { route: 'board', ready: (p) => p.getByTestId('board') },
  { route: 'grids', ready: (p) => p.getByTestId('grids-screen').locator('.ant-table-row').first() },
  { route: 'sweeps', ready: (p) => p.getByTestId('sweeps-screen') },
  { route: 'checkpoints', ready: (p) => p.getByTestId('gap-flag').first() },
  { route: 'passes', ready: (p) => p.getByTestId('passes-screen') },
  { route: 'incidents', ready: (p) => p.locator('.incident-row').first() },
  { route: 'sites', ready: (p) => p.locator('.site-row').first() },
  { route: 'reports', ready: (p) => p.getByTestId('reports-screen') },
  { route: 'handovers', ready: (p) => p.getByTestId('handover-list') },
  { route: 'audit', ready: (p) => p.getByTestId('audit-screen') },
  { route: 'import', ready: (p) => p.getByTestId('import-screen') },
  { route: 'admin', ready: (p) => p.getByTestId('admin-screen').first() },
  { route: 'settings', ready: (p) => p.getByTestId('settings') },
];

let context: BrowserContext;
let page: Page;
let board: BoardPage;
const counts: Record<Language, Record<string, number>> = { 'zh-CN': {}, en: {} };
const audits: Record<Language, Array<{ name: string; result: Audit }>> = { 'zh-CN': [], en: [] };

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(300_000); // the run's first loaded station may be made here
  mkdirSync('test/out/a11y', { recursive: true });
  for (const language of ['zh-CN', 'en']) rmSync(`test/out/a11y/${language}.txt`, { force: true });
  // axe needs a page of an explicit context (it opens frames through it): the loaded station's
  context = await stationContext({
    baseURL: String(baseURL),
    viewport: { width: 1600, height: 1000 },
  });
  page = await firstPage(context);
  board = await BoardPage.open(page, '/?demo=station', 'chief');
});

test.afterAll(async () => {
  for (const [language, figures] of Object.entries(counts))
    if (Object.keys(figures).length)
      writeFileSync(`test/out/a11y/${language}.json`, `${JSON.stringify(figures, null, 2)}\n`);
  await context.close();
});

/**
 * Audits what is on screen now and keeps the result; each language's last test judges them
 * all, so one run lists every screen's problems (a failure here would skip the screens after).
 */
async function check(language: Language, name: string): Promise<void> {
  // nothing still loading: the audit sees the screen as a user does once it is drawn
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
  const result = await audit(page);
  counts[language][name] = violationCount(result);
  audits[language].push({ name, result });
  const text = formatViolations(`${language} ${name}`, result);
  test.info().annotations.push({ type: 'axe', description: text });
  appendFileSync(`test/out/a11y/${language}.txt`, `${text}\n`);
  await page.screenshot({ path: `test/out/screens/a11y-${language}-${name}.png` });
}

async function signInAsChief(): Promise<void> {
  const chief = await demoOfficer(page, 'chief');
  const form = page.getByTestId('signin-form');
  await form.getByTestId('signin-badge').fill(chief.badgeNo);
  await form.getByTestId('signin-pin').fill(DEMO_PIN);
  await form.getByTestId('signin-submit').click();
  await expect(page.getByTestId('signed-in')).toBeVisible();
}

async function chooseLanguage(language: Language): Promise<void> {
  await page
    .getByTestId('language-switch')
    .getByText(language === 'en' ? 'EN' : '中文', { exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`${language}: the sign-in screen`, async () => {
    const screen = page.getByTestId('signin-screen');
    await expect(screen.or(page.getByTestId('signed-in')).first()).toBeVisible({ timeout: 180_000 });
    if ((await screen.isVisible()) && (await page.locator('html').getAttribute('lang')) !== language)
      await signInAsChief();
    if (!(await screen.isVisible())) {
      await chooseLanguage(language);
      await page.getByTestId('signout-button').click();
      await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    }
    await expect(screen).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language === 'en' ? 'en' : /zh/);
    await check(language, 'signin');
    await signInAsChief();
    await board.waitForBoard();
  });

  for (const { route, ready } of screens)
    test(`${language}: ${route}`, async () => {
      await page.evaluate((r) => {
        window.location.hash = `#/${r}`;
      }, route);
      await expect(ready(page)).toBeVisible({ timeout: 120_000 });
      await check(language, route);
    });

  test(`${language}: the printed daily report`, async () => {
    const day = new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
    await new ReportsPage(page).openPrint(day);
    await check(language, 'report-print');
  });

  test(`${language}: every briefing slide`, async () => {
    const deck = new BriefingPage(page);
    await deck.goto('autoplay=0');
    for (const [i, slide] of slideOrder.entries()) {
      await page.keyboard.press(String(i + 1));
      await deck.waitForSlide(slide);
      await check(language, `briefing-${slide}`);
    }
    await deck.load('board');
    await board.waitForBoard();
  });
}

test('keyboard: Tab reaches a list row, its focus ring shows, and Enter opens it', async () => {
  await board.waitForBoard();
  await page.evaluate(() => {
    window.location.hash = '#/incidents';
  });
  const first = page.locator('.incident-row').first();
  await expect(first).toBeVisible({ timeout: 120_000 });
  await page.getByTestId('filter-text').locator('input').focus();
  // from the search box, Tab walks the filters and the list's scroll region to the first row
  const onRow = () =>
    page.evaluate(() => document.activeElement?.classList.contains('incident-row') ?? false);
  for (let presses = 0; presses < 12 && !(await onRow()); presses++) await page.keyboard.press('Tab');
  expect(await onRow()).toBe(true);
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(ring).toEqual({ style: 'solid', width: '2px' });
  await page.screenshot({ path: 'test/out/screens/a11y-focus-ring.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('incident-drawer')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('incident-drawer')).toBeHidden();
});

for (const language of ['zh-CN', 'en'] as const)
  test(`${language}: no serious or critical violation, and one h1, on any of them`, () => {
    expect(audits[language].length).toBe(screens.length + 2 + slideOrder.length);
    for (const { name, result } of audits[language]) {
      expect.soft(violationCount(result), formatViolations(`${language} ${name}`, result)).toBe(0);
      expect.soft(result.h1, `${language} ${name}: exactly one h1`).toBe(1);
    }
  });
