/**
 * Basemaps as a duty officer sets them up, in browser mode, with no request leaving the machine
 * (any non-loopback request fails the test): offline by default with the district outlines;
 * an offline PMTiles file picked in the settings (built here: solid-colour PNG tiles) is drawn
 * under the grids — proven by pixels read back from screenshots against values computed from
 * the tile colour and the live layer opacities — and is still there after a reload; truncated
 * and garbage files say why next to the field and change nothing; a protomaps-schema vector
 * archive draws with the protomaps dark style; an XYZ raster server on loopback is refused by
 * the default CSP (and the map says so) but drawn where the serving side allows it; and a
 * GCJ-02 basemap moves the drawn grids by the GCJ-02 offset in pixels.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { namedFlavor } from '@protomaps/basemaps';
import { gcjOffsetMetres, metresBetween } from '#common/geo/chinaCrs';
import { rendererOutDir } from '#scripts/paths';
import { startRendererServer, type RendererServer } from '#scripts/rendererServer';
import { BoardPage } from './pages/BoardPage';
import { diskContext, firstPage } from './support/diskContext';
import { readTable } from './support/rawCache';
import { earthVectorArchive, solidPng, solidRasterArchive, type Rgb } from './support/pmtilesFixture';
import { test } from './support/stationFixture';

test.describe.configure({ mode: 'serial' });

type LngLat = [number, number];
type Box = { left: number; top: number; right: number; bottom: number };
type BasemapHook = {
  crs(): string;
  layerIds(): string[];
  paint(layer: string, prop: string): unknown;
  drawnGridBox(id: string): Box | null;
  jumpTo(center: LngLat, zoom: number): Promise<void>;
  emptyPoints(margin: number, limit: number): Array<{ x: number; y: number }>;
  basemapLoaded(): boolean;
};
type GridRow = {
  id: string;
  code: string;
  deleted: boolean;
  geometry: { type: string; coordinates: unknown };
};
type MetaRow = { key: string; value: { basemap?: { kind: string; file?: { id?: string } } } };

const out = 'test/out/screens';
const fixtures = path.join('test-results', 'basemap-fixtures');
const TILE: Rgb = [226, 18, 170];
const XYZ_TILE: Rgb = [20, 190, 230];

let page: Page;
let board: BoardPage;
const leaks: string[] = [];

function isLoopback(url: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

/** Fails any request that would leave the machine (recorded, then asserted empty). */
async function guardNetwork(p: Page): Promise<void> {
  await p.context().route('**/*', async (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    leaks.push(url);
    return route.abort('blockedbyclient');
  });
}

const hook = <T>(p: Page, f: (h: BasemapHook) => T | Promise<T>): Promise<T> =>
  p.evaluate(`(${f.toString()})(window.__gridroomTest.basemap)`) as Promise<T>;

/** The median colour of a 5×5 patch of the page, read back from a screenshot. */
async function pixel(p: Page, at: { x: number; y: number }): Promise<Rgb> {
  const png = await p.screenshot({
    clip: { x: Math.round(at.x) - 2, y: Math.round(at.y) - 2, width: 5, height: 5 },
  });
  return p.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const channel = (c: number) => {
      const values: number[] = [];
      for (let i = c; i < data.length; i += 4) values.push(data[i] ?? 0);
      values.sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] ?? 0;
    };
    return [channel(0), channel(1), channel(2)] as [number, number, number];
  }, png.toString('base64'));
}

const blend = (top: Rgb, alpha: number, under: Rgb): Rgb =>
  [0, 1, 2].map((i) => alpha * (top[i] as number) + (1 - alpha) * (under[i] as number)) as unknown as Rgb;

function expectColour(actual: Rgb, expected: Rgb, tolerance = 8): void {
  actual.forEach((v, i) =>
    expect(Math.abs(v - (expected[i] as number)), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance),
  );
}

/** Bounds of all live grids from the raw cache, with a margin. */
async function stationBounds(p: Page): Promise<[number, number, number, number]> {
  const grids = await readTable<GridRow>(p, 'grids');
  const all = grids
    .filter((g) => !g.deleted)
    .flatMap((g) => JSON.stringify(g.geometry.coordinates).match(/-?\d+\.\d+,-?\d+\.\d+/g) ?? [])
    .map((pair) => pair.split(',').map(Number) as LngLat);
  const lngs = all.map((q) => q[0]);
  const lats = all.map((q) => q[1]);
  return [Math.min(...lngs) - 0.2, Math.min(...lats) - 0.2, Math.max(...lngs) + 0.2, Math.max(...lats) + 0.2];
}

async function savedBasemap(p: Page): Promise<MetaRow['value']['basemap']> {
  const meta = await readTable<MetaRow>(p, 'meta');
  return meta.find((m) => m.key === 'settings')?.value.basemap;
}

async function openSettings(p: Page): Promise<void> {
  await p.goto(`${new URL(p.url()).origin}/#/settings`);
  await expect(p.getByTestId('basemap-settings')).toBeVisible();
}

async function openBoard(p: Page, b: BoardPage): Promise<void> {
  await p.goto(`${new URL(p.url()).origin}/#/`);
  await b.waitForBoard();
  // the board's map registers its hooks on load (board-ready may be an earlier visit's)
  await p.waitForFunction(
    () => (window as unknown as { __gridroomTest: { basemap?: unknown } }).__gridroomTest.basemap,
  );
  await b.waitForMapIdle();
}

/** Clicks an antd radio (the test id sits on its hidden input) by its label. */
async function choose(p: Page, testId: string): Promise<void> {
  await p.locator('label', { has: p.getByTestId(testId) }).click();
}

async function pickFile(p: Page, file: string): Promise<void> {
  await choose(p, 'basemap-kind-pmtiles');
  await p.getByTestId('basemap-file-input').setInputFiles(file);
}

/** A fixed camera on the station (as drawn), zoomed out past the grid labels. */
let camera: { center: LngLat; zoom: number };

async function jump(p: Page, at = camera): Promise<void> {
  await p.evaluate(
    ({ center, zoom }) =>
      (window as unknown as { __gridroomTest: { basemap: BasemapHook } }).__gridroomTest.basemap.jumpTo(
        center,
        zoom,
      ),
    at,
  );
}

test.use({
  stationOptions: {
    url: '/?demo=station',
    prepare: guardNetwork,
    ready: async ({ page, board }) => {
      mkdirSync(out, { recursive: true });
      mkdirSync(fixtures, { recursive: true });
      await board.waitForMapIdle();
      const [w, s, e, n] = await stationBounds(page);
      camera = { center: [(w + e) / 2, (s + n) / 2], zoom: 12 };
    },
  },
});

test.beforeEach(({ station }) => {
  ({ page, board } = station);
});

test('offline by default: no basemap, the district outlines give the context', async () => {
  await expect(page.getByTestId('situation-map')).toHaveAttribute('data-basemap', 'none');
  expect(await hook(page, (h) => h.layerIds())).toEqual([]);
  await board.screenshot('basemap-none');
});

test('an offline PMTiles file is drawn under the grids and survives a reload', async () => {
  const bounds = await stationBounds(page);
  const file = path.join(fixtures, 'station-raster.pmtiles');
  writeFileSync(file, solidRasterArchive(TILE, bounds, 8, 12));

  // the same pixels before and after, at a fixed camera
  await jump(page);
  const empty = await hook(page, (h) => h.emptyPoints(8, 3));
  expect(empty.length).toBeGreaterThan(0);
  const grids = await readTable<GridRow>(page, 'grids');
  // the first grid with a pixel of its own (not under an incident, checkpoint or label)
  const inside = await page.evaluate(
    (ids) => {
      const map = (
        window as unknown as {
          __gridroomTest: { map: { gridScreenPoint(id: string): { x: number; y: number } | null } };
        }
      ).__gridroomTest.map;
      // the grid pixel nearest the view's centre, well inside the archive's tiles whatever
      // the day's demo markers leave free
      const cx = window.innerWidth / 2;
      const cy = window.innerHeight / 2;
      let best: { x: number; y: number } | null = null;
      for (const id of ids) {
        const point = map.gridScreenPoint(id);
        if (point && (!best || Math.hypot(point.x - cx, point.y - cy) < Math.hypot(best.x - cx, best.y - cy)))
          best = point;
      }
      return best;
    },
    grids.filter((g) => !g.deleted).map((g) => g.id),
  );
  expect(inside).not.toBeNull();
  const bareBackground = await pixel(page, empty[0] as { x: number; y: number });
  const bareGrid = await pixel(page, inside as { x: number; y: number });
  const fillAlone = Number(await hook(page, (h) => h.paint('grid-fill', 'fill-opacity')));

  await openSettings(page);
  await pickFile(page, file);
  await expect(page.getByTestId('basemap-file-summary')).toContainText('PNG');
  await expect(page.getByTestId('basemap-file-summary')).toContainText('8–12');
  await page.screenshot({ path: `${out}/basemap-settings-pmtiles.png`, fullPage: true });
  await page.getByTestId('basemap-save').click();
  await expect.poll(async () => (await savedBasemap(page))?.kind).toBe('pmtiles');

  await openBoard(page, board);
  await expect(page.getByTestId('situation-map')).toHaveAttribute('data-basemap', 'pmtiles');
  await jump(page);
  expect(await hook(page, (h) => h.basemapLoaded())).toBe(true);
  await expect(page.getByTestId('basemap-failure')).toHaveCount(0);
  await board.screenshot('basemap-board-pmtiles');

  const opacity = Number(await hook(page, (h) => h.paint('basemap', 'raster-opacity')));
  const fillOver = Number(await hook(page, (h) => h.paint('grid-fill', 'fill-opacity')));
  // the tile over the background where there is no grid
  const ground = blend(TILE, opacity, bareBackground);
  console.log(
    `[figures] PMTiles pixel: bare ${bareBackground} → expected ${ground.map(Math.round)} (tile ${TILE} at ${opacity})`,
  );
  expectColour(await pixel(page, empty[0] as { x: number; y: number }), ground);
  // inside a grid: the grid's own colour (recovered from the bare map) over the tile
  const gridColour = bareGrid.map(
    (v, i) => (v - (1 - fillAlone) * (bareBackground[i] as number)) / fillAlone,
  ) as unknown as Rgb;
  expectColour(
    await pixel(page, inside as { x: number; y: number }),
    blend(gridColour, fillOver, ground),
    10,
  );

  await page.reload();
  await board.waitForBoard();
  await board.waitForMapIdle();
  await expect(page.getByTestId('situation-map')).toHaveAttribute('data-basemap', 'pmtiles');
  await jump(page);
  expectColour(await pixel(page, empty[0] as { x: number; y: number }), ground);
  await board.screenshot('basemap-board-pmtiles-reloaded');
});

test('truncated and garbage files say why next to the field and change nothing', async () => {
  const before = await savedBasemap(page);
  const good = solidRasterArchive(TILE, await stationBounds(page), 8, 10);
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['truncated.pmtiles', good.subarray(0, Math.floor(good.length * 0.6)), /不完整|被截断/],
    ['garbage.pmtiles', new TextEncoder().encode('<html>这不是地图</html>'.repeat(40)), /不是 PMTiles/],
    ['empty.pmtiles', new Uint8Array(), /空/],
  ];
  await openSettings(page);
  for (const [name, bytes, message] of cases) {
    const file = path.join(fixtures, name);
    writeFileSync(file, bytes);
    await pickFile(page, file);
    await expect(page.getByTestId('basemap-file-error')).toBeVisible();
    await expect(page.getByTestId('basemap-file-error')).toHaveText(message);
    if (name === 'truncated.pmtiles')
      await page.screenshot({ path: `${out}/basemap-file-error.png`, fullPage: true });
    await page.getByTestId('basemap-save').click();
    expect(await savedBasemap(page)).toEqual(before);
  }
  await openBoard(page, board);
  await expect(page.getByTestId('situation-map')).toHaveAttribute('data-basemap', 'pmtiles');
  expect(await hook(page, (h) => h.basemapLoaded())).toBe(true);
});

test('a GCJ-02 basemap moves the drawn grids by the GCJ-02 offset', async () => {
  const grids = await readTable<GridRow>(page, 'grids');
  const grid = grids.find((g) => !g.deleted) as GridRow;
  const zoom = 15;
  const at = async () => {
    await page.evaluate(
      ({ center, z }) =>
        (window as unknown as { __gridroomTest: { basemap: BasemapHook } }).__gridroomTest.basemap.jumpTo(
          center,
          z,
        ),
      { center: firstVertex(grid), z: zoom },
    );
    return page.evaluate(
      (id) =>
        (
          window as unknown as { __gridroomTest: { basemap: BasemapHook } }
        ).__gridroomTest.basemap.drawnGridBox(id),
      grid.id,
    );
  };
  expect(await hook(page, (h) => h.crs())).toBe('wgs84');
  const before = await at();
  await openSettings(page);
  await choose(page, 'basemap-crs-gcj02');
  await page.getByTestId('basemap-save').click();
  await expect.poll(async () => JSON.stringify(await savedBasemap(page))).toContain('gcj02');
  await openBoard(page, board);
  await expect(page.getByTestId('situation-map')).toHaveAttribute('data-crs', 'gcj02');
  const after = await at();
  expect(before).not.toBeNull();
  expect(after).not.toBeNull();
  // expected offset from the transform, in CSS pixels at this zoom and latitude (512-px world)
  const [lng, lat] = firstVertex(grid);
  const { east, north } = gcjOffsetMetres([lng, lat]);
  const metresPerPixel = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
  const b = before as Box;
  const a = after as Box;
  console.log(
    `[figures] GCJ-02 shift at z${zoom}: measured ${(a.left - b.left).toFixed(1)} px east, ${(b.top - a.top).toFixed(1)} px north; expected ${(east / metresPerPixel).toFixed(1)} / ${(north / metresPerPixel).toFixed(1)} px (${east.toFixed(0)} m / ${north.toFixed(0)} m)`,
  );
  expect(Math.abs(a.left - b.left - east / metresPerPixel)).toBeLessThan(2);
  expect(Math.abs(a.top - b.top + north / metresPerPixel)).toBeLessThan(2);
  expect(Math.hypot(east, north) / metresPerPixel).toBeGreaterThan(20);
  // a click where the vertex is drawn reads back the stored (WGS-84) vertex
  const clicked = await page.evaluate((vertex) => {
    const bridge = (
      window as unknown as {
        __gridroomTest: {
          basemap: { storedToScreen(p: LngLat): { x: number; y: number } };
          map: { lngLatAt(x: number, y: number): LngLat };
        };
      }
    ).__gridroomTest;
    const screen = bridge.basemap.storedToScreen(vertex);
    return bridge.map.lngLatAt(screen.x, screen.y);
  }, firstVertex(grid));
  expect(metresBetween(clicked, firstVertex(grid))).toBeLessThan(1);
  await board.screenshot('basemap-gcj02');
  // back to WGS-84 for the next tests
  await openSettings(page);
  await choose(page, 'basemap-crs-wgs84');
  await page.getByTestId('basemap-save').click();
  await expect.poll(async () => JSON.stringify(await savedBasemap(page))).toContain('wgs84');
});

function firstVertex(grid: GridRow): LngLat {
  const match = JSON.stringify(grid.geometry.coordinates).match(/-?\d+\.\d+,-?\d+\.\d+/);
  return (match?.[0] ?? '0,0').split(',').map(Number) as LngLat;
}

test('a protomaps-schema vector archive draws with the protomaps dark style, no glyphs or sprites fetched', async () => {
  const bounds = await stationBounds(page);
  const file = path.join(fixtures, 'station-vector.pmtiles');
  writeFileSync(file, earthVectorArchive(bounds, 8, 12));
  await openSettings(page);
  await pickFile(page, file);
  await expect(page.getByTestId('basemap-file-summary')).toContainText('MVT');
  await page.getByTestId('basemap-save').click();
  await expect.poll(async () => JSON.stringify(await savedBasemap(page))).toContain('station-vector.pmtiles');
  await openBoard(page, board);
  await jump(page);
  const layers = await hook(page, (h) => h.layerIds());
  expect(layers).toContain('basemap:earth');
  expect(layers.some((id) => id.startsWith('basemap:places'))).toBe(true);
  const earth = namedFlavor('dark').earth;
  const rgb = [1, 3, 5].map((i) => parseInt(earth.slice(i, i + 2), 16)) as unknown as Rgb;
  const empty = await hook(page, (h) => h.emptyPoints(8, 1));
  expectColour(await pixel(page, empty[0] as { x: number; y: number }), rgb, 6);
  await board.screenshot('basemap-board-vector');
});

test('an XYZ raster server is refused by the default CSP (the map says so) and drawn where the server allows it', async () => {
  const tile = solidPng(XYZ_TILE);
  let served = 0;
  const tiles = http.createServer((req, res) => {
    served += 1;
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(tile);
  });
  await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
  const tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
  const url = `${tileOrigin}/{z}/{x}/{y}.png`;
  let allowing: RendererServer | null = null;
  try {
    // the default server's CSP knows no tile server
    await openSettings(page);
    await choose(page, 'basemap-kind-raster');
    await page.getByTestId('basemap-url').fill('ftp://tiles/{z}/{x}/{y}');
    await page.getByTestId('basemap-save').click();
    await expect(page.getByText('请输入 http(s) 地址')).toBeVisible();
    await page.screenshot({ path: `${out}/basemap-url-error.png`, fullPage: true });
    await page.getByTestId('basemap-url').fill(url);
    await page.getByTestId('basemap-save').click();
    await expect.poll(async () => (await savedBasemap(page))?.kind).toBe('raster');
    await openBoard(page, board);
    await expect(page.getByTestId('basemap-failure')).toBeVisible();
    await board.screenshot('basemap-xyz-refused-by-csp');
    expect(served).toBe(0);

    // a deployment that allows the station's tile server (GRIDROOM_TILE_ORIGIN)
    const previous = process.env.GRIDROOM_TILE_ORIGIN;
    process.env.GRIDROOM_TILE_ORIGIN = tileOrigin;
    try {
      allowing = await startRendererServer({ root: rendererOutDir, port: 0 });
    } finally {
      if (previous === undefined) delete process.env.GRIDROOM_TILE_ORIGIN;
      else process.env.GRIDROOM_TILE_ORIGIN = previous;
    }
    const other = await firstPage(await diskContext());
    await guardNetwork(other);
    const otherBoard = await BoardPage.open(other, `${allowing.url}?demo=station`);
    await otherBoard.waitForBoard();
    await otherBoard.waitForMapIdle();
    await jump(other);
    const empty = await hook(other, (h) => h.emptyPoints(8, 1));
    expect(empty.length).toBe(1);
    const bare = await pixel(other, empty[0] as { x: number; y: number });
    await openSettings(other);
    await choose(other, 'basemap-kind-raster');
    await other.getByTestId('basemap-url').fill(url);
    await other.getByTestId('basemap-save').click();
    await expect.poll(async () => (await savedBasemap(other))?.kind).toBe('raster');
    await openBoard(other, otherBoard);
    await jump(other);
    await expect(other.getByTestId('basemap-failure')).toHaveCount(0);
    expect(served).toBeGreaterThan(0);
    const opacity = Number(await hook(other, (h) => h.paint('basemap', 'raster-opacity')));
    expectColour(await pixel(other, empty[0] as { x: number; y: number }), blend(XYZ_TILE, opacity, bare));
    await otherBoard.screenshot('basemap-board-xyz');
    await other.context().close();
  } finally {
    await allowing?.close();
    await new Promise<void>((resolve) => tiles.close(() => resolve()));
  }
});

test('no request left the machine', () => {
  expect(leaks).toEqual([]);
});
