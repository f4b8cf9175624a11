/**
 * The station chief's daily report 日报, as a user meets it: the A4 print layout of a day made
 * into a PDF by Chromium (page.pdf(), the engine of Electron's printToPDF), whose text —
 * extracted with poppler's pdftotext — names the station and the date and states KPI figures
 * this test computes itself from the raw cache; every page rendered to PNG to be looked at; a
 * date with no data says so; a bad date is refused.
 */
import { expect, type Page } from '@playwright/test';
import { ReportsPage } from './pages/ReportsPage';
import { dailyReportSchema } from '#renderer/features/reports/dailyReportModel';
import { dayBounds, reportFigures } from './support/reportFigures';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;
let reports: ReportsPage;

const zhNumber = (n: number) => new Intl.NumberFormat('zh-CN').format(n);
const yesterday = (now: number) => new Date(now + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);

test.use({ stationOptions: { viewport: { width: 1280, height: 1000 } } });

test.beforeEach(({ station }) => {
  page = station.page;
  reports = new ReportsPage(page);
});

test("yesterday's report as PDF: station, date and independently computed KPIs in its text; every page looked at", async () => {
  const now = Date.now();
  const day = yesterday(now);
  await reports.openPrint(day);
  await reports.screenshot('report-print-screen');
  // on screen, a section far below is rendered only as it comes near (the PDF prints them all)
  const last = page.locator('[data-testid="report-print"] [data-section="teams"]');
  await expect(last).not.toHaveAttribute('data-shown', '1');
  await last.scrollIntoViewIfNeeded();
  await expect(last).toHaveAttribute('data-shown', '1');
  await expect(last.locator('h2')).toBeVisible();
  await reports.screenshot('report-print-screen-end');
  const file = await reports.savePdf(`report-${day}`);
  const text = ReportsPage.pdfText(file);

  const figures = reportFigures(await reports.readCache(), day, dayBounds(day).dayEnd - 1);
  expect(figures.hasData).toBe(true);
  // the model the page printed is a valid DailyReport (the XLSX/CSV exports rely on it)
  const model = dailyReportSchema.parse(await reports.printedReport());
  expect(model.header).toMatchObject({ date: day, stationName: figures.stationName });
  // the charts are drawn from that model: a stack part per hour and type with incidents, a bar
  // per grid among the 15 least covered, and the burn-up's two series
  const print = page.getByTestId('report-print');
  const hourParts = model.charts.incidentsByHour.flatMap((h) => Object.values(h.byType).filter((n) => n > 0));
  await expect(print.locator('[data-chart="incidents-by-hour"] rect[data-type]')).toHaveCount(
    hourParts.length,
  );
  const swept = model.grids.filter((g) => g.inCampaign).length;
  await expect(print.locator('[data-chart="coverage"] [data-grid-id]')).toHaveCount(Math.min(15, swept));
  await expect(print.locator('[data-chart="burn-up"] path[data-series]')).toHaveCount(2);
  expect(model.kpis).toMatchObject({
    gridsTotal: figures.gridsTotal,
    gridsByLevel: figures.gridsByLevel,
    householdsInScope: figures.householdsInScope,
    householdsCovered: figures.householdsCovered,
    visits: figures.visits,
    incidentsNew: figures.incidentsNew,
    incidentsResolved: figures.incidentsResolved,
    incidentsOpen: figures.incidentsOpen,
    checkpointsStaffed: figures.checkpointsStaffed,
    testingSites: figures.testingSites,
  });
  expect(text).toContain(figures.stationName);
  expect(text).toContain(`${figures.stationName}日报`);
  expect(text).toContain(day);
  const expectLine = (label: string, value: number) => expect(text).toContain(`${label} ${zhNumber(value)}`);
  expectLine('网格总数', figures.gridsTotal);
  expectLine('封控区网格', figures.gridsByLevel.sealed);
  expectLine('管控区网格', figures.gridsByLevel.controlled);
  expectLine('防范区网格', figures.gridsByLevel.precaution);
  expectLine('常态网格', figures.gridsByLevel.normal);
  expectLine('应摸排户数', figures.householdsInScope);
  expectLine('已覆盖户数（累计）', figures.householdsCovered);
  expectLine('当日走访（户次）', figures.visits);
  expectLine('发现未登记人员', figures.unregisteredFound);
  expectLine('发现未按时检测人员', figures.overdueFound);
  expectLine('当日新报警情', figures.incidentsNew);
  expectLine('当日办结警情', figures.incidentsResolved);
  expectLine('未办结警情', figures.incidentsOpen);
  expectLine('卡口总数', figures.checkpointsTotal);
  expectLine('当日有值守的卡口', figures.checkpointsStaffed);
  expectLine('核酸检测点', figures.testingSites);
  // running header and footer on every page
  const pages = ReportsPage.pdfPageCount(file);
  expect(pages).toBeGreaterThan(1);
  // pdftotext spaces the footer's runs as the glyphs fall; compare without spaces
  const compact = text.replace(/\s+/g, '');
  for (let n = 1; n <= pages; n++) expect(compact).toContain(`第${n}页/共${pages}页`);
  expect(compact.split(`${figures.stationName}日报${day}`).length - 1).toBeGreaterThanOrEqual(pages);
  const pngs = ReportsPage.pdfPagesToPng(file, 'report-page');
  expect(pngs).toHaveLength(pages);
});

test('a date with no data: the PDF says so, in the masthead and in each section', async () => {
  const day = '2020-02-03';
  await reports.openPrint(day);
  await expect(page.getByTestId('report-no-data')).toBeVisible();
  const file = await reports.savePdf(`report-${day}`);
  const text = ReportsPage.pdfText(file).replace(/\n/g, '');
  expect(text).toContain(`所选日期（${day}）无业务数据`);
  for (const sentence of [
    '所选日期无网格业务数据',
    '当日无新报警情。',
    '当日无入户走访记录。',
    '当日无卡口值守记录。',
    '当日未设核酸检测点。',
    '当日无志愿者部署。',
  ])
    expect(text).toContain(sentence);
  ReportsPage.pdfPagesToPng(file, 'report-nodata-page');
});

test('a date that is not a calendar day is refused with a message, not a report', async () => {
  await page.evaluate(() => {
    window.location.hash = '#/report-print?date=2026-02-30';
  });
  await expect(page.getByTestId('report-invalid-date')).toContainText('日期无效');
  await expect(page.getByTestId('report-doc')).toHaveCount(0);
});

test('报告 screen: pick a day, the preview shows it; PDF in a browser goes through the print dialog and lands in the archive', async () => {
  test.setTimeout(180_000);
  await page.evaluate(() => {
    window.location.hash = '#/board';
  });
  await reports.openScreen();
  await expect(page.getByTestId('browser-print-note')).toContainText('打印对话框');
  const now = Date.now();
  const day = new Date(now + 8 * 3_600_000 - 2 * 86_400_000).toISOString().slice(0, 10);
  // the calendar speaks Chinese: month and weekday names, not "Nov" and "Su Mo"
  const calendar = await reports.openCalendar();
  await expect(calendar.locator('.ant-picker-header-view')).toContainText('月');
  await expect(calendar.locator('thead')).toContainText('一二三四五六日');
  await reports.screenshot('reports-calendar');
  await page.keyboard.press('Escape');
  await reports.pickDate(day);
  await expect(page.getByTestId('report-preview')).toHaveAttribute('data-date', day);
  await expect(page.getByTestId('report-preview').getByTestId('report-title')).toBeVisible();
  await expect(page.getByTestId('report-preview').getByTestId('report-map')).toBeVisible();
  await reports.screenshot('reports-screen');

  const before = (await reports.exportsInAudit()).length;
  const popup = await reports.exportPdfInBrowser();
  await expect(page.getByTestId('export-outcome')).toContainText('另存为 PDF');
  await expect(popup.locator('body')).toHaveAttribute('data-report-ready', '1', { timeout: 120_000 });
  await expect(popup.getByTestId('report-day')).toBeVisible();
  // the user closes the print dialog
  await popup.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await popup.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await popup.close();

  const row = page.locator(`[data-archive-date="${day}"][data-archive-format="pdf"]`);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('浏览器打印');
  const station = String((await reports.readCache()).stations[0]?.name);
  await expect(row).toContainText(`${station}_日报_${day}.pdf`);
  const exportsAfter = await reports.exportsInAudit();
  expect(exportsAfter).toHaveLength(before + 1);
  const entry = exportsAfter.find((e) => (e.after as { date?: string }).date === day);
  expect(entry).toMatchObject({
    entity: 'report',
    after: { date: day, format: 'pdf', via: 'browser-print', fileName: `${station}_日报_${day}.pdf` },
  });
  await reports.screenshot('reports-screen-archive');
});
