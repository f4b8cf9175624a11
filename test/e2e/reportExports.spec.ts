/**
 * The station chief exports the day's report from the 报告 screen (browser mode, station demo
 * cache): XLSX downloads with the station and date in its name, reads back with a spreadsheet
 * library into the sheets 汇总/网格/警情/走访/卡口/检测点/志愿者 with Chinese headers and as many
 * rows as the raw cache holds for that day (counted here from IndexedDB, not by the app); a
 * planted incident whose description is a formula stays text. The CSV of one table starts
 * with the UTF-8 BOM, parses with papaparse to the same count, and defuses the formula. Each
 * export leaves an audit entry (who, which date, which format, which file).
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { BoardPage } from './pages/BoardPage';
import { dayInShanghai } from './support/independentFigures';
import { readTable } from './support/rawCache';
import { test, type Station } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

type Row = Record<string, unknown> & { id: string; deleted?: boolean };
const live = (r: Row) => r.deleted !== true;
const DAY = 86_400_000;
const injection = '=HYPERLINK("http://evil.example/?x","点我领取")';

let page: Page;
let board: BoardPage;
let plantedId = '';

/** The screen opens on yesterday (station time): the last whole day. */
const reportDate = (now: number) => dayInShanghai(now - DAY);
const reportDayStart = (now: number) => Date.parse(`${reportDate(now)}T00:00:00+08:00`);

/** Once the board is up: an incident reported on the report's day, then the 报告 screen. */
async function plantAndOpenReports({ page, board }: Station): Promise<void> {
  // An incident reported on the report's day whose description a spreadsheet would run as a formula.
  const [model] = (await readTable<Row>(page, 'incidents')).filter(live);
  if (!model) throw new Error('no incident in the demo data');
  plantedId = crypto.randomUUID();
  const { gridId, type, point } = model;
  const now = await board.now();
  await page.evaluate(
    ([id, patch]) =>
      (
        window as unknown as { __gridroomTest: { write(e: string, id: string, p: object): Promise<unknown> } }
      ).__gridroomTest.write('incidents', id as string, patch as object),
    [
      plantedId,
      {
        gridId,
        type,
        point,
        severity: 'low',
        status: 'new',
        description: injection,
        reportedAt: reportDayStart(now) + 12 * 3_600_000,
        assignedAt: null,
        resolvedAt: null,
        assigneeId: null,
        timeline: [],
      },
    ] as const,
  );
  await page.getByRole('menuitem', { name: '报告' }).click();
  await expect(page.getByTestId('export-xlsx')).toBeEnabled({ timeout: 60_000 });
}

test.use({ stationOptions: { url: '/?demo=station', ready: plantAndOpenReports } });

test.beforeEach(({ station }) => {
  ({ page, board } = station);
});

/** What the raw cache holds for the report's day, counted without the app's code. */
async function independentCounts(date: string) {
  const dayStart = Date.parse(`${date}T00:00:00+08:00`);
  const within = (ms: unknown) => Number(ms) >= dayStart && Number(ms) < dayStart + DAY;
  const [grids, incidents, visits, checkpoints, sites, teams, stations] = await Promise.all(
    ['grids', 'incidents', 'visits', 'checkpoints', 'testingSites', 'volunteerTeams', 'stations'].map((t) =>
      readTable<Row>(page, t),
    ),
  );
  const gridIds = new Set(grids!.filter(live).map((g) => g.id));
  return {
    stationName: String(stations![0]?.name),
    grids: gridIds.size,
    incidents: incidents!.filter(live).filter((i) => within(i.reportedAt)).length,
    visits: visits!.filter(live).filter((v) => within(v.visitedAt) && gridIds.has(String(v.gridId))).length,
    checkpoints: checkpoints!.filter(live).length,
    testingSites: sites!.filter(live).filter((s) => s.day === date).length,
    volunteerTeams: teams!.filter(live).length,
  };
}

async function exportsInAudit(): Promise<Row[]> {
  return (await readTable<Row>(page, 'audit')).filter((e) => e.action === 'export');
}

async function download(click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

test('XLSX: named after station and date, every sheet with Chinese headers and the cache’s row counts', async () => {
  const auditBefore = await exportsInAudit();
  const { download: file, bytes } = await download(() => page.getByTestId('export-xlsx').click());
  const date = reportDate(await board.now());
  const expected = await independentCounts(date);
  expect(file.suggestedFilename()).toBe(`${expected.stationName}_日报_${date}.xlsx`);
  await expect(page.getByTestId('export-outcome')).toHaveAttribute('data-level', 'success');
  await expect(page.getByTestId('export-outcome')).toContainText(file.suggestedFilename());

  await file.saveAs('test/out/report-export.xlsx'); // kept for a look in a spreadsheet program
  const sheets = await readXlsxFile(bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '网格', '警情', '走访', '卡口', '检测点', '志愿者']);
  const sheet = (name: string) => sheets.find((s) => s.sheet === name)?.data ?? [];
  expect(sheet('汇总')[0]).toEqual(['项目', '数值']);
  expect(sheet('网格')[0]?.slice(0, 3)).toEqual(['网格编号', '网格名称', '社区']);
  expect(sheet('警情')[0]?.slice(0, 4)).toEqual(['报警时间', '类型', '等级', '状态']);
  expect(sheet('走访')[0]?.slice(0, 3)).toEqual(['走访时间', '网格编号', '地址']);
  expect(sheet('卡口')[0]?.slice(0, 2)).toEqual(['卡口名称', '网格编号']);
  const rows = (name: string) => sheet(name).length - 1;
  expect(rows('网格')).toBe(expected.grids);
  expect(rows('警情')).toBe(expected.incidents);
  expect(rows('走访')).toBe(expected.visits);
  expect(rows('卡口')).toBe(expected.checkpoints);
  expect(rows('检测点')).toBe(expected.testingSites);
  expect(rows('志愿者')).toBe(expected.volunteerTeams);

  // Summary figures are numbers and agree with the counts.
  const value = (label: string) => sheet('汇总').find((r) => r[0] === label)?.[1];
  expect(value('派出所')).toBe(expected.stationName);
  expect(value('网格总数')).toBe(expected.grids);
  expect(value('新增警情')).toBe(expected.incidents);
  expect(typeof value('摸排覆盖率')).toBe('number');
  expect(value('日期')).toBeInstanceOf(Date);

  // The planted formula is a plain string cell; times are dates.
  const planted = sheet('警情').find((r) => r[8] === injection);
  expect(planted).toBeDefined();
  expect(planted?.[0]).toBeInstanceOf(Date);
  const wallClock = (planted?.[0] as unknown as Date).toISOString().slice(0, 16);
  const reported = (await readTable<Row>(page, 'incidents')).find((i) => i.id === plantedId)?.reportedAt;
  expect(wallClock).toBe(new Date(Number(reported) + 8 * 3_600_000).toISOString().slice(0, 16));

  const added = (await exportsInAudit()).filter((e) => !auditBefore.some((b) => b.id === e.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({
    entity: 'report',
    entityId: `${date}:xlsx`,
    after: { date, format: 'xlsx', fileName: file.suggestedFilename(), bytes: bytes.byteLength },
  });
  expect(String(added[0]?.who)).not.toBe('');
  await page.screenshot({ path: 'test/out/screens/report-exports-xlsx.png' });
});

test('CSV of one table: BOM, parses with papaparse to the cache’s count, formula defused, audited', async () => {
  const auditBefore = await exportsInAudit();
  await page.getByTestId('export-csv-table').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="警情"]').click();
  const { download: file, bytes } = await download(() => page.getByTestId('export-csv').click());
  const date = reportDate(await board.now());
  const expected = await independentCounts(date);
  expect(file.suggestedFilename()).toBe(`${expected.stationName}_日报_${date}_警情.csv`);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await file.saveAs('test/out/report-export-incidents.csv');

  const text = bytes.subarray(3).toString('utf8');
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...body] = parsed.data;
  expect(header?.slice(0, 4)).toEqual(['报警时间', '类型', '等级', '状态']);
  expect(body).toHaveLength(expected.incidents);
  expect(body.every((r) => r.length === header?.length)).toBe(true);
  expect(body.some((r) => r[8] === `'${injection}`)).toBe(true);
  expect(body.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);

  const added = (await exportsInAudit()).filter((e) => !auditBefore.some((b) => b.id === e.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({
    entityId: `${date}:csv`,
    after: { format: 'csv', fileName: file.suggestedFilename() },
  });
  await expect(page.getByTestId('export-outcome')).toContainText(file.suggestedFilename());
  await page.screenshot({ path: 'test/out/screens/report-exports-csv.png' });
});
