/**
 * Browser contexts whose IndexedDB lives on disk, as the desktop app's profile does. Playwright's
 * `browser.newContext()` is an incognito context, whose IndexedDB Chromium 150 keeps in memory
 * on a different backing store: measured here (December 2026), 20,000 rows with two compound
 * indexes took 21–22 s to write there and 6.4–7.1 s on disk, and the station demo's ~47,000
 * writes dominated every spec that loads or syncs one. So every e2e context that fills a cache
 * is launched on a profile directory of its own (a fresh temporary one unless given), removed
 * when the context closes. Invariants: one Chromium per context (Debian's, with the project's
 * flags); zh-CN and the station's time zone, as on a workstation.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../chromium';

export interface DiskContextOptions {
  viewport?: { width: number; height: number };
  /** Where relative `page.goto` paths go (the config's baseURL for the default renderer). */
  baseURL?: string;
  /** Lets a page script be added past the app's Content-Security-Policy (benches only). */
  bypassCSP?: boolean;
}

/** A context on the profile directory `dir` (kept when the context closes). */
export function launchOnDisk(dir: string, options: DiskContextOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    viewport: options.viewport ?? { width: 1600, height: 1000 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  });
}

/**
 * Removes a profile directory once its browser is gone; best effort (Chromium's last writes may
 * still land while it exits, and a leftover temporary directory harms no test).
 */
export async function removeProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
}

/** A context on the profile directory `dir`, which the context's `close()` also removes. */
export async function contextOwningProfile(dir: string, options: DiskContextOptions = {}): Promise<BrowserContext> {
  const context = await launchOnDisk(dir, options);
  const close = context.close.bind(context);
  context.close = async (...args: Parameters<BrowserContext['close']>) => {
    await close(...args);
    await removeProfile(dir);
  };
  return context;
}

/** A context on a fresh temporary profile, removed after the context's `close()`. */
export function diskContext(options: DiskContextOptions = {}): Promise<BrowserContext> {
  return contextOwningProfile(mkdtempSync(path.join(tmpdir(), 'gridroom-e2e-profile-')), options);
}

/** The page a fresh context opens with (a persistent context starts with one blank tab). */
export async function firstPage(context: BrowserContext) {
  return context.pages()[0] ?? (await context.newPage());
}
