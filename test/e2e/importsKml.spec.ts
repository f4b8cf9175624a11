/**
 * A grid file as Google Earth saves it, through the import wizard as the station chief does it
 * (station demo cache, mouse and file picker): `lng,lat,0` positions, nested folders, styles
 * and a CDATA description, and no data but each placemark's <name>. The file reads with one
 * note that the altitudes were dropped; the mapping takes code and name both from <name> and
 * one community typed for the whole file; the check is clean and the import writes exactly
 * that, as raw IndexedDB shows. A file of detailed outlines shows its check's progress in
 * positions and cancels leaving the cache as it was. A GCJ-02 export of new grids is noticed
 * against the station's own grids and converted in one click. Waits on the wizard's own steps, progress
 * attributes and test signals, never on time.
 */
import { expect, type Page } from '@playwright/test';
import { ImportPage, MappingControls } from './pages/ImportPage';
import { readTable } from './support/rawCache';
import { liveGrids, type Row } from './support/importFiles';
import { googleEarthKml } from './support/kmlFiles';
import { detailedOutlines } from './support/detailedOutlines';
import { gcjGridFile } from './support/shiftedGrids';
import { handOver } from './support/signIn';
import { test } from './support/stationFixture';

let page: Page;
let imp: ImportPage;

// a grid's code and outline are the chief's decision
test.use({
  stationOptions: {
    url: '/?demo=station',
    ready: async ({ page }) => {
      await handOver(page, 'chief');
      await new ImportPage(page).open();
    },
  },
});

test.beforeEach(({ station }) => {
  page = station.page;
  imp = new ImportPage(page);
});

test('a Google Earth KML with altitudes and only <name> imports, code and name from one column', async () => {
  const grids = liveGrids(await readTable(page, 'grids'));
  const chosen = grids.slice(2, 5);
  const community = '导入测试社区';
  await imp.upload('grids', googleEarthKml(chosen));
  await imp.expectStep('grids', 'mapping');
  const wizard = imp.wizard('grids');

  // read: altitudes dropped, said once; name, description and folder offered, styling not
  await expect(wizard.getByTestId('import-read-notices')).toContainText(
    `${chosen.length} 个要素的坐标带有高程值`,
  );
  const preview = wizard.getByTestId('import-preview-table');
  await expect(preview.locator('thead th')).toHaveText([/^name/, /^description/, /^Folder/]);
  await expect(preview).toContainText(String(chosen[0]!.code));

  const mapping = new MappingControls(page, wizard);
  await mapping.choose('code', 'name');
  await mapping.choose('name', 'name');
  await mapping.choose('community', '（整个文件统一填写）');
  await expect(wizard.getByTestId('mapping-error-community')).toContainText('请输入社区名称');
  await expect(wizard.getByTestId('import-check')).toBeDisabled();
  await mapping.typeConstant('community', community);
  await expect(wizard.getByTestId('mapping-error-community')).toHaveCount(0);
  await imp.screenshot('import-kml-mapping');

  await imp.check('grids');
  expect(await imp.counts('grids')).toEqual({
    total: chosen.length,
    creates: 0,
    updates: chosen.length,
    unchanged: 0,
    bad: 0,
  });
  await expect(wizard.getByTestId('import-clean')).toBeVisible();
  await expect(wizard.getByTestId('import-read-notices')).toBeVisible();
  await imp.waitForPreview();
  await imp.screenshot('import-kml-check');

  const signalsBefore = await imp.signals('import-applied');
  await imp.applyButton('grids').click();
  await imp.expectStep('grids', 'applied');
  expect(await imp.signals('import-applied')).toBe(signalsBefore + 1);

  const after = new Map((await readTable(page, 'grids')).map((g: Row) => [String(g.id), g]));
  for (const g of chosen) {
    const now = after.get(String(g.id))!;
    expect(now).toMatchObject({ code: g.code, name: g.code, community });
    // the outline is the stored one again: altitudes gone, every position [lng, lat]
    expect(now.geometry).toEqual(g.geometry);
  }
  const untouched = grids.filter((g) => !chosen.includes(g));
  for (const g of untouched) expect(after.get(String(g.id))!.name).toBe(g.name);
});

test('checking detailed outlines shows progress in positions and cancels without a trace', async () => {
  const before = await readTable(page, 'grids');
  const file = detailedOutlines(liveGrids(before), 24);
  await imp.upload('grids', file);
  await imp.expectStep('grids', 'mapping');
  const wizard = imp.wizard('grids');
  await wizard.getByTestId('import-check').click();
  await imp.expectStep('grids', 'checking');
  const text = wizard.getByTestId('import-checking-text');
  // progress moves within the file, not stuck at 0 / features
  await expect(text).toContainText('正在检查边界');
  await expect.poll(async () => Number(await text.getAttribute('data-done'))).toBeGreaterThan(45_000);
  const first = Number(await text.getAttribute('data-done'));
  await expect.poll(async () => Number(await text.getAttribute('data-done'))).toBeGreaterThan(first);
  await imp.screenshot('import-grid-checking');
  await wizard.getByTestId('import-cancel').click();
  await imp.expectStep('grids', 'pick');
  expect(await readTable(page, 'grids')).toEqual(before);
});

test('a GCJ-02 file of new grids is noticed against the station and converted in one click', async () => {
  const before = await readTable(page, 'grids');
  await imp.upload('grids', gcjGridFile(liveGrids(before)));
  await imp.expectStep('grids', 'mapping');
  const wizard = imp.wizard('grids');
  // the station remembers the last mapping (code from <name>): map this file's own columns
  const mapping = new MappingControls(page, wizard);
  for (const field of ['code', 'name', 'community']) await mapping.choose(field, field);
  await imp.check('grids');
  const notice = wizard.getByTestId('import-check-notice-looks-shifted');
  await expect(notice).toContainText('GCJ-02');
  await expect(notice).toContainText('网络地图');
  await imp.waitForPreview();
  await imp.screenshot('import-grid-gcj-notice');
  await wizard.getByTestId('import-convert-crs').click();
  await imp.expectStep('grids', 'checked', 120_000);
  await expect(wizard.getByTestId('import-check-step')).toBeVisible();
  await expect(notice).toHaveCount(0);
  // converted, the new outlines lie exactly on the stored ones: overlaps, reported by feature
  await expect(wizard.getByTestId('import-has-issues')).toBeVisible();
  await wizard.getByTestId('import-back').click();
  await expect(wizard.getByTestId('import-crs')).toContainText('GCJ-02');
  expect(await readTable(page, 'grids')).toEqual(before);
});
