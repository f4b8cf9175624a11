/**
 * Starts the built app in Electron for an e2e test, as a user would (`electron .` from the repo)
 * with its own data directory and the test bridge on; resolves once the first window's DOM is in
 * and a duty officer of the demo roster is signed in (no screen opens before that).
 * Only called where the Electron binary exists (the specs skip otherwise).
 */
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { buildAll } from '#scripts/build';
import { repoRoot } from '#scripts/paths';
import { signInIfAsked } from '../e2e/support/signIn';

export async function launchGridroom(
  electronBinary: string | null,
  dataDir: string,
  /** More environment for main (e.g. the update spec's centre and test publisher key). */
  extraEnv: Record<string, string> = {},
): Promise<{ app: ElectronApplication; page: Page }> {
  await buildAll();
  const app = await _electron.launch({
    executablePath: electronBinary ?? undefined,
    args: ['.'],
    cwd: repoRoot,
    env: { ...process.env, ...extraEnv, GRIDROOM_TEST: '1', GRIDROOM_DATA_DIR: dataDir },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  await signInIfAsked(page, 'duty', page.getByTestId('signed-in'));
  return { app, page };
}
