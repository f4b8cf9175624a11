/**
 * Real-world and hostile table files on the import screen (station demo cache, file picker):
 * zip bombs dressed as .xlsx are refused before they inflate, each with its reason in Chinese;
 * a large CSV shows its reading progress and can be cancelled while it is read; a 200,000-row
 * CSV streams through reading, checking and applying with progress in every phase (cancelled
 * once the writes show progress; imports.spec.ts applies one whole). Every
 * expectation about the cache is checked against raw IndexedDB; waits are on the app's own
 * signals and attributes, never on time.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { ImportPage } from './pages/ImportPage';
import { readTable, countRows } from './support/rawCache';
import { bigHouseholdCsv, liveGrids, type UploadFile } from './support/importFiles';
import { lyingXlsx, writeZip, xlsxBomb } from './support/zipBombs';
import { encodeGbk } from '../unit/import/gbkEncode';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

let page: Page;
let imp: ImportPage;

test.use({ stationOptions: { url: '/?demo=station', ready: ({ page }) => new ImportPage(page).open() } });

test.beforeEach(({ station }) => {
  page = station.page;
  imp = new ImportPage(page);
});

const xlsx = (name: string, buffer: Buffer): UploadFile => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer,
});

test('zip bombs named .xlsx are refused before they inflate, saying why in Chinese', async () => {
  const before = await countRows(page, 'households');
  const huge = writeZip(
    [1, 2, 3].map((i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data: randomBytes(900_000),
      declaredSize: 80 * 1024 * 1024,
    })),
    { zip64: true },
  );
  const cases = [
    // 1 GB of one byte in a 1 MB file: the ratio gives it away
    { file: xlsx('bomb.xlsx', xlsxBomb(1024)), text: '压缩比异常' },
    // a plausible directory whose data inflates 500 times beyond what it declares
    { file: xlsx('liar.xlsx', lyingXlsx(64)), text: '目录与其内容不一致' },
    // 240 MB declared in total (ZIP64), each part at an innocent ratio
    { file: xlsx('huge.xlsx', huge), text: '解压后共 240 MB，超过上限 200 MB' },
    // a CSV saved under .xlsx
    { file: xlsx('table.xlsx', Buffer.from('地址,网格\n禾山路1号,HS-001\n')), text: '如果它其实是 CSV' },
  ];
  for (const { file, text } of cases) {
    await imp.upload('households', file);
    await imp.expectStep('households', 'read-failed');
    const alert = imp.wizard('households').getByTestId('import-read-failed');
    await expect(alert).toContainText(text);
    // no English detail in the Chinese interface: the reason (after the file's name) names only formats
    const reason = (await alert.textContent())!.split('：').slice(1).join('：');
    expect(reason.replace(/xlsx|ZIP|Excel|CSV|csv/g, '')).not.toMatch(/[A-Za-z]{3,}/);
    if (file.name === 'bomb.xlsx') await imp.screenshot('import-zip-bomb-refused');
  }
  expect(await countRows(page, 'households')).toBe(before);
});

test('a large CSV shows its reading progress and can be cancelled while it is read', async () => {
  const before = await countRows(page, 'households');
  // 150 MB from disk: too large to pass through the protocol as bytes, and read in 1 MB chunks
  mkdirSync('test/out/tmp', { recursive: true });
  const path = 'test/out/tmp/大文件.csv';
  const row = '取消路1号,1,1,101,NOPE-1,,,3\n';
  writeFileSync(
    path,
    '标准地址,楼栋,单元,房号,所属网格,经度,纬度,户籍人数\n' +
      row.repeat(Math.ceil((150 * 1024 * 1024) / Buffer.byteLength(row))),
  );
  await imp.upload('households', path);
  await imp.expectStep('households', 'reading');
  await expect
    .poll(async () => (await imp.readBytes('households')).done, { timeout: 60_000 })
    .toBeGreaterThan(0);
  const { done, total } = await imp.readBytes('households');
  expect(total).toBeGreaterThan(150 * 1024 * 1024);
  expect(done).toBeLessThan(total);
  await expect(imp.wizard('households').getByTestId('import-read-figures')).toContainText('正在读取：已读');
  await imp.screenshot('import-read-progress');
  await imp.cancelRead('households');
  await imp.screenshot('import-read-cancelled');
  expect(await countRows(page, 'households')).toBe(before);
});

test('a ragged, mixed-encoding CSV names each bad line and what to fix, and writes nothing', async () => {
  const before = await countRows(page, 'households');
  const grids = liveGrids(await readTable(page, 'grids'));
  const code = String(grids[0]!.code);
  const utf8 = [
    '标准地址,楼栋,单元,房号,所属网格,户籍人数',
    `"禾山路\n1号",1,1,101,${code},3`, // lines 2–3
    `禾山路2号,1,1,102,${code}`, // line 4: a column short
    `禾山路3号,1,1,103,${code},2,多余`, // line 5: one too many
  ].join('\r\n');
  const gbkLine = encodeGbk(`\r\n禾山路4号,1,1,104,${code},2`); // line 6: GBK inside UTF-8
  await imp.upload('households', {
    name: '混合.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([
      Buffer.from(utf8),
      Buffer.from(gbkLine),
      Buffer.from(`\r\n禾山路5号,1,1,105,${code},2\r\n`),
    ]),
  });
  await expect(imp.wizard('households').getByTestId('import-encoding')).toContainText('UTF-8');
  await imp.check('households');
  const rows = await imp.issueRows('households');
  expect(rows.join('\n')).toContain('本行只有 5 列，表头有 6 列');
  expect(rows.join('\n')).toContain('比表头的 6 列多');
  expect(rows.join('\n')).toContain('本行是 GB18030 编码，而整个文件是 UTF-8 编码');
  expect(rows.map((r) => r.split(' | ')[0])).toEqual(['第 4 行', '第 5 行', '第 6 行']);
  expect(await imp.counts('households')).toMatchObject({ total: 5, bad: 3 });
  await expect(imp.applyButton('households')).toBeDisabled();
  await imp.screenshot('import-csv-lines');
  expect(await countRows(page, 'households')).toBe(before);
});

test('200,000 rows stream through reading, checking and applying, with progress in each', async () => {
  test.setTimeout(600_000);
  const [grids, households] = await Promise.all([readTable(page, 'grids'), readTable(page, 'households')]);
  expect(liveGrids(grids).length).toBeGreaterThan(0);
  const [before, outboxBefore] = [await countRows(page, 'households'), await countRows(page, 'outbox')];
  const phases = ['reading', 'checking', 'writing'] as const;
  const signalsNow = async () =>
    Object.fromEntries(await Promise.all(phases.map(async (p) => [p, await imp.signals(`import-progress-${p}`)] as const)));
  const signalsBefore = await signalsNow();
  const big = bigHouseholdCsv(grids, households, 200_000, '流式路');
  await imp.upload('households', big);
  await imp.check('households');
  expect(await imp.counts('households')).toEqual({
    total: 200_000,
    creates: 200_000,
    updates: 0,
    unchanged: 0,
    bad: 0,
  });
  // the writes stream too: two progress messages of the writing phase, then the import is
  // cancelled (the whole 200,000-row apply is imports.spec.ts's, and the bench's import.csv.200k)
  await imp.applyButton('households').click();
  const writing = () => imp.signals('import-progress-writing');
  await expect.poll(writing, { timeout: 300_000 }).toBeGreaterThanOrEqual(signalsBefore.writing! + 2);
  await imp.wizard('households').getByTestId('import-cancel').click();
  await expect(imp.wizard('households').getByTestId('import-notice')).toContainText('已取消：未写入任何数据', {
    timeout: 120_000,
  });
  expect(await countRows(page, 'households')).toBe(before);
  expect(await countRows(page, 'outbox')).toBe(outboxBefore);
  const after = await signalsNow();
  const progress = Object.fromEntries(phases.map((p) => [p, after[p]! - signalsBefore[p]!]));
  console.log(`import 200k progress messages by phase: ${JSON.stringify(progress)}`);
  // the first and the last of reading and checking at least, and more for the longer ones
  expect(progress.reading).toBeGreaterThanOrEqual(2);
  expect(progress.checking).toBeGreaterThanOrEqual(2);
  expect(progress.writing).toBeGreaterThanOrEqual(2);
});
