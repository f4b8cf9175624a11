/**
 * A loaded demo station, made once and copied. Generating and loading the demo station into a
 * fresh cache is ~47,000 IndexedDB writes (45 s on these machines, minutes on a busy CI one);
 * specs that only need "a workstation with the station on it" need not pay it each. The first
 * such spec opens the app in a Chromium profile of its own, lets it load the station up to the
 * sign-in screen and closes it; every spec then launches Chromium on a copy of that profile
 * directory, so each still has a cache of its own that no other spec has touched. The first-run
 * load itself stays tested where it is the subject (board.spec.ts, firstStart.spec.ts).
 * Invariants: a copy is only ever made from a complete profile (built aside, then renamed); the
 * profile is remade when the renderer build changes, when the Shanghai date changes (the demo's
 * "today" and "overnight" must be the run's) and after MAX_AGE_MS, so the data's own clock stays
 * close to the tests'.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type BrowserContext } from '@playwright/test';
import { contextOwningProfile, firstPage, launchOnDisk } from './diskContext';

const MAX_AGE_MS = 15 * 60_000;

interface Stamp {
  build: string;
  day: string;
  madeAt: number;
}

export interface ProfileContextOptions {
  baseURL: string;
  viewport: { width: number; height: number };
}

/** The renderer build in use: its index.html names every hashed asset. */
function buildId(): string {
  return createHash('sha256').update(readFileSync('dist/renderer/index.html')).digest('hex').slice(0, 16);
}

const shanghaiDay = (ms: number): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(ms));

function usable(dir: string, build: string, now: number): boolean {
  const stampFile = path.join(dir, 'gridroom-stamp.json');
  if (!existsSync(stampFile)) return false;
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  return stamp.build === build && stamp.day === shanghaiDay(now) && now - stamp.madeAt < MAX_AGE_MS;
}

/** Opens the app on a fresh profile until the station is loaded (the sign-in screen), then closes. */
async function make(dir: string, baseURL: string, build: string): Promise<void> {
  const aside = mkdtempSync(`${dir}.making-`);
  const madeAt = Date.now();
  const context = await launchOnDisk(aside, { baseURL });
  try {
    const page = await firstPage(context);
    await page.goto('/?demo=station');
    await expect(page.getByTestId('signin-screen')).toBeVisible({ timeout: 240_000 });
  } finally {
    await context.close();
  }
  writeFileSync(path.join(aside, 'gridroom-stamp.json'), JSON.stringify({ build, day: shanghaiDay(madeAt), madeAt }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(aside, dir);
}

/** A browser context on a fresh copy of the loaded station's profile; `close()` removes the copy. */
export async function stationContext(options: ProfileContextOptions): Promise<BrowserContext> {
  const port = new URL(options.baseURL).port;
  const dir = path.join(tmpdir(), `gridroom-e2e-station-${port}`);
  const build = buildId();
  if (!usable(dir, build, Date.now())) await make(dir, options.baseURL, build);
  const copy = mkdtempSync(path.join(tmpdir(), 'gridroom-e2e-copy-'));
  cpSync(dir, copy, { recursive: true });
  return contextOwningProfile(copy, options);
}
