/**
 * Grid decisions as the station's people make them (offline workstation, with the mouse): the
 * duty officer is not offered control-level changes; the chief changes a grid's level with a
 * reason (history rows written, the board's level tile follows), the board's time slider shows
 * the old level back in time, an officer reassignment warns of overload, and bad input (no
 * reason, a time too far ahead or before the current decision) says why and saves nothing.
 */
import { expect, type Page } from '@playwright/test';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';
import { handOver } from './support/signIn';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

const H = 3_600_000;
type LevelRow = {
  id: string;
  gridId: string;
  level: string;
  from: number;
  to: number | null;
  deleted: boolean;
  reason: string;
  updatedAt: number;
};
type GridRow = { id: string; code: string; officerId: string | null; deleted: boolean };
type OfficerRow = { id: string; name: string; badgeNo: string; deleted: boolean };

let page: Page;
let board: BoardPage;

test.beforeEach(({ station }) => {
  ({ page, board } = station);
});

/** Level of a grid at an instant straight from the raw history (latest start wins). */
function levelAt(rows: LevelRow[], gridId: string, at: number): string {
  const applying = rows
    .filter((r) => !r.deleted && r.gridId === gridId && r.from <= at && (r.to === null || at < r.to))
    .sort((a, b) => b.from - a.from || b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
  return applying[0]?.level ?? 'normal';
}

const option = (title: string) =>
  page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);

async function openGrids(code: string): Promise<void> {
  await page.getByRole('menuitem', { name: '网格' }).click();
  await expect(page.getByTestId('grids-screen')).toBeVisible();
  await page.getByPlaceholder('搜索编号、名称、社区').fill(code);
}

/** Hands the workstation over to the chief (交接班): the app remounts, so the grid is looked up again. */
async function handOverToChief(code: string): Promise<void> {
  await handOver(page, 'chief');
  await openGrids(code);
}

/** Local 'YYYY-MM-DD HH:mm' in the page's zone, as the DatePicker takes it. */
async function pickerText(ms: number): Promise<string> {
  return page.evaluate((t) => {
    const d = new Date(t);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
  }, ms);
}

async function typeFrom(ms: number): Promise<void> {
  const input = page.getByTestId('level-change-form').locator('.ant-picker input');
  await input.click();
  await input.press('Control+a');
  await input.pressSequentially(await pickerText(ms));
  await input.press('Enter');
  // close the picker's panel so the form's message is in view
  await page.locator('.ant-modal-title').click();
}

let target: { grid: GridRow; before: string; openSince: number };

test('the duty officer is not offered level changes or officer assignment', async () => {
  const now = await board.now();
  const [grids, levels] = await Promise.all([
    readTable<GridRow>(page, 'grids'),
    readTable<LevelRow>(page, 'controlLevels'),
  ]);
  // A grid under 管控 or 防范 for more than three days: the slider can look back past the change.
  const candidates = grids
    .filter((g) => !g.deleted)
    .map((grid) => {
      const open = levels.filter(
        (r) => !r.deleted && r.gridId === grid.id && r.from <= now && (r.to === null || now < r.to),
      );
      const since = Math.max(...open.map((r) => r.from));
      return { grid, before: levelAt(levels, grid.id, now), openSince: since };
    })
    .filter((c) => (c.before === 'controlled' || c.before === 'precaution') && c.openSince < now - 72 * H)
    .sort((a, b) => a.grid.code.localeCompare(b.grid.code));
  if (!candidates[0]) throw new Error('no grid under control for three days in the demo data');
  target = candidates[0];
  await openGrids(target.grid.code);
  await expect(page.getByTestId('signed-in')).toHaveAttribute('data-role', 'duty-officer');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(page.getByTestId(`change-level-${target.grid.code}`)).toHaveCount(0);
  await expect(page.getByTestId(`assign-${target.grid.code}`)).toHaveCount(0);
});

test('the chief’s level change without a reason, too far ahead or before the current start saves nothing', async () => {
  await handOverToChief(target.grid.code);
  await page.getByTestId(`change-level-${target.grid.code}`).click();
  await expect(page.getByTestId('level-change-form')).toBeVisible();
  const outbox = (await readTable(page, 'outbox')).length;
  await page.getByTestId('level-change-level').click();
  await option('封控区').click();
  await page.getByTestId('level-change-save').click();
  await expect(page.getByTestId('level-change-error')).toHaveText('请填写调整理由，未保存。');

  await page.getByTestId('level-change-reason').fill('发现密接人员，升级封控');
  await typeFrom(Date.now() + 72 * H);
  await page.getByTestId('level-change-save').click();
  await expect(page.getByTestId('level-change-error')).toHaveText(
    '生效时间最多只能提前 24 小时设定，未保存。',
  );

  await typeFrom(target.openSince - 2 * H);
  await page.getByTestId('level-change-save').click();
  await expect(page.getByTestId('level-change-error')).toHaveText(
    '生效时间必须晚于当前等级的开始时间，未保存。',
  );
  await page.screenshot({ path: 'test/out/screens/grids-level-refused.png' });
  expect((await readTable(page, 'outbox')).length).toBe(outbox);
});

test('the chief seals the grid with a reason: history rows written, the board tile follows', async () => {
  await typeFrom(Date.now());
  await page.getByTestId('level-change-save').click();
  await expect(page.getByTestId('level-change-form')).toHaveCount(0);
  const rows = (await readTable<LevelRow>(page, 'controlLevels')).filter((r) => r.gridId === target.grid.id);
  const created = rows.find((r) => r.reason === '发现密接人员，升级封控');
  expect(created?.level).toBe('sealed');
  expect(created?.to).toBeNull();
  const open = rows.filter((r) => r.to === null);
  expect(open.map((r) => r.id)).toEqual([created?.id]);
  const closed = rows.find((r) => r.from === target.openSince);
  expect(closed?.to).toBe(created?.from);
  await expect(page.locator('.ant-table-row [data-level]')).toHaveAttribute('data-level', 'sealed', {
    timeout: 70_000,
  });
  await page.screenshot({ path: 'test/out/screens/grids-level-changed.png' });

  await page.getByRole('menuitem', { name: '态势' }).click();
  await board.waitForMapIdle();
  const all = await readTable<LevelRow>(page, 'controlLevels');
  const grids = (await readTable<GridRow>(page, 'grids')).filter((g) => !g.deleted);
  const countsAt = (at: number) =>
    ['sealed', 'controlled', 'precaution', 'normal']
      .map((l) => grids.filter((g) => levelAt(all, g.id, at) === l).length)
      .join('/');
  // The board exposes the `now` it rendered with once it has rendered: compare tile and
  // independent figure at the same instant (the board's minute tick may land in between).
  await expect
    .poll(
      async () =>
        (await board.kpi('grids-by-level').getAttribute('data-value')) === countsAt(await board.now()),
    )
    .toBe(true);
  expect(levelAt(all, target.grid.id, await board.now())).toBe('sealed');
});

test('the time slider moved back shows the old level on the map', async () => {
  const handle = page.getByTestId('level-time-slider').locator('.ant-slider-handle');
  const box = await handle.boundingBox();
  if (!box) throw new Error('slider handle not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 8, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  const slider = page.getByTestId('level-time-slider');
  await expect(slider).not.toHaveAttribute('data-as-of', 'now');
  const asOf = Number(await slider.getAttribute('data-as-of'));
  expect(asOf).toBeLessThan(Date.now() - H);
  expect(asOf).toBeGreaterThan(target.openSince);
  await expect(page.getByTestId('level-time-label')).toHaveText(/^截至 \d\d-\d\d \d\d:00$/);
  await board.waitForMapIdle();
  const shown = await page.evaluate(
    () =>
      (
        window as unknown as {
          __gridroomTest: { levelsAsOf: { asOf: number; levels: Record<string, string> } };
        }
      ).__gridroomTest.levelsAsOf,
  );
  expect(shown.asOf).toBe(asOf);
  expect(shown.levels[target.grid.id]).toBe(target.before);
  const all = await readTable<LevelRow>(page, 'controlLevels');
  for (const [gridId, level] of Object.entries(shown.levels))
    expect(level, gridId).toBe(levelAt(all, gridId, asOf));
  expect(await board.renderedGridIds()).toContain(target.grid.id);
  await board.screenshot('grids-time-slider');
  await page.getByTestId('level-time-now').click();
  await expect(slider).toHaveAttribute('data-as-of', 'now');
});

test('reassigning an officer warns of a gap and of overload before saving', async () => {
  const [grids, officers, stations] = await Promise.all([
    readTable<GridRow>(page, 'grids'),
    readTable<OfficerRow>(page, 'officers'),
    readTable<{ gridLoadLimit: number }>(page, 'stations'),
  ]);
  const limit = stations[0]?.gridLoadLimit ?? 3;
  const live = grids.filter((g) => !g.deleted);
  const count = (id: string) => live.filter((g) => g.officerId === id).length;
  const busiest = officers.filter((o) => !o.deleted).sort((a, b) => count(b.id) - count(a.id))[0];
  if (!busiest) throw new Error('no officer');
  test.skip(count(busiest.id) < limit, `busiest officer holds ${count(busiest.id)} of ${limit}`);
  const grid = live.filter((g) => g.officerId !== busiest.id).sort((a, b) => a.code.localeCompare(b.code))[0];
  if (!grid) throw new Error('no grid');
  await handOverToChief(grid.code);
  await page.getByTestId(`assign-${grid.code}`).click();
  const picker = page.getByTestId('assign-officer');
  // the dropdown is virtualised and opens at the current officer: search, as an officer would
  await picker.click();
  await page.keyboard.type('不分配');
  await option('（不分配，留空）').click();
  await expect(page.getByTestId('assign-warning-gap')).toBeVisible();
  await picker.click();
  await page.keyboard.type(busiest.name);
  await option(`${busiest.name}（${busiest.badgeNo}）· 已负责 ${count(busiest.id)} 格`).click();
  await expect(page.getByTestId('assign-warning-load')).toHaveText(
    `${busiest.name} 将负责 ${count(busiest.id) + 1} 个网格，超过本所上限 ${limit} 个。`,
  );
  await page.locator('.ant-modal-title').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  await page.screenshot({ path: 'test/out/screens/grids-assign-warning.png' });
  await page.getByTestId('assign-save').click();
  await expect(page.locator('.assign-form')).toHaveCount(0);
  const after = (await readTable<GridRow>(page, 'grids')).find((g) => g.id === grid.id);
  expect(after?.officerId).toBe(busiest.id);
});
