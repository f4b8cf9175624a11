/**
 * Signing an officer in, as a user does: badge number and PIN on the sign-in (or lock) screen.
 * The badge is found deterministically in the workstation's own cache — the station's chief
 * (the demo roster's first officer, `access: station-chief`) or its first active duty officer
 * by badge number — so the same helper serves demo mode and a workstation synced from the
 * real central API (whose demo city seeds every officer with DEMO_PIN).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_PIN } from '#common/demo/demoPin';
import { readTable } from './rawCache';

export type OfficerKind = 'chief' | 'duty';

interface OfficerRow {
  id: string;
  name: string;
  badgeNo: string;
  access?: string;
  active?: boolean;
  deleted?: boolean;
}

/** The chief, or the n-th active duty officer by badge number (n from 0). */
export async function demoOfficer(page: Page, kind: OfficerKind, n = 0): Promise<OfficerRow> {
  const officers = (await readTable<OfficerRow>(page, 'officers'))
    .filter((o) => o.active !== false && o.deleted !== true)
    .sort((a, b) => a.badgeNo.localeCompare(b.badgeNo));
  const found =
    kind === 'chief'
      ? officers.find((o) => o.access === 'station-chief')
      : officers.filter((o) => o.access !== 'station-chief')[n];
  if (!found) throw new Error(`no ${kind} officer in the cache`);
  return found;
}

async function submit(page: Page, badgeNo: string, pin: string): Promise<void> {
  const form = page.getByTestId('signin-form');
  await form.getByTestId('signin-badge').fill(badgeNo);
  await form.getByTestId('signin-pin').fill(pin);
  await form.getByTestId('signin-submit').click();
}

/** Waits for the sign-in screen (after the cache is up) and signs in; returns who. */
export async function signIn(
  page: Page,
  who: OfficerKind | { badgeNo: string } = 'duty',
  pin = DEMO_PIN,
): Promise<OfficerRow | { badgeNo: string }> {
  await expect(page.getByTestId('signin-screen')).toBeVisible({ timeout: 180_000 });
  const officer = typeof who === 'string' ? await demoOfficer(page, who) : who;
  await submit(page, officer.badgeNo, pin);
  await expect(page.getByTestId('signed-in')).toBeVisible();
  return officer;
}

/** Locks the screen and hands over to another officer (交接班): the app remounts for them. */
export async function handOver(
  page: Page,
  who: OfficerKind | { badgeNo: string },
  pin = DEMO_PIN,
): Promise<void> {
  await page.getByTestId('lock-button').click();
  await expect(page.getByTestId('lock-screen')).toBeVisible();
  const officer = typeof who === 'string' ? await demoOfficer(page, who) : who;
  await submit(page, officer.badgeNo, pin);
  await expect(page.getByTestId('lock-screen')).toHaveCount(0);
  if (typeof who === 'string')
    await expect(page.getByTestId('signed-in')).toHaveAttribute(
      'data-role',
      who === 'chief' ? 'station-chief' : 'duty-officer',
    );
}

/**
 * After opening or reloading the app: when the sign-in screen comes up (first start, or after
 * a sign-out) signs in as `who`; when the app is already signed in (`ready` shows), nothing.
 */
export async function signInIfAsked(
  page: Page,
  who: OfficerKind | { badgeNo: string },
  ready: Locator,
  timeout = 180_000,
): Promise<void> {
  const screen = page.getByTestId('signin-screen');
  await expect(screen.or(ready).first()).toBeVisible({ timeout });
  if (!(await screen.isVisible())) return;
  const officer = typeof who === 'string' ? await demoOfficer(page, who) : who;
  await submit(page, officer.badgeNo, DEMO_PIN);
  await expect(screen).toHaveCount(0);
}
