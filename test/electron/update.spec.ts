/**
 * Electron e2e of the signed update path (issue 17): the real central API on loopback serves a
 * local update folder (`<data-dir>/updates/<channel>/`, the default of --updates-dir); a test
 * publisher made here signs the release; the real app (unpackaged, forced into the updater with
 * GRIDROOM_UPDATE_FORCE_DEV and the test key — both honoured only with GRIDROOM_TEST=1) enrols,
 * checks, verifies, downloads and shows 重启以更新 in settings → 版本; a latest.yml changed after
 * signing is refused with its reason and nothing is downloaded. Nothing is installed: the button
 * is not pressed (the installer is a few fake bytes).
 * Skips, with the reason, where the Electron binary is not installed (this machine: Node 20, no
 * access to Electron's host).
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { canonicalStatementBytes, type ReleaseStatement } from '#common/update/releaseStatement';
import { startCentralApi, type CentralApi } from '#server/centralApi';
import { electronMissingReason, findElectronBinary } from '#scripts/electronBinary';
import { launchGridroom } from './launchGridroom';

const electronBinary = findElectronBinary();
const out = 'test/out/screens';

/** electron-updater reads latest.yml on Windows, latest-linux.yml on Linux. */
const channelFile = process.platform === 'win32' ? 'latest.yml' : 'latest-linux.yml';
const artifactExt = process.platform === 'win32' ? 'exe' : 'AppImage';

test.describe('Electron app: signed updates from the centre', () => {
  test.skip(electronBinary === null, electronMissingReason);

  let root: string;
  let api: CentralApi;
  let app: ElectronApplication;
  let page: Page;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');

  /** Writes a release of `version` into the channel folder, signed by the test publisher. */
  async function publish(version: string, tamper?: (yml: Record<string, unknown>) => void): Promise<void> {
    const dir = path.join(root, 'centre', 'updates', 'stable');
    await mkdir(dir, { recursive: true });
    const name = `gridroom-${version}-x86_64.${artifactExt}`;
    const bytes = Buffer.from(`fake installer ${version}\n`.repeat(500));
    await writeFile(path.join(dir, name), bytes);
    const sha512 = createHash('sha512').update(bytes).digest('base64');
    const statement: ReleaseStatement = {
      product: 'gridroom',
      channel: 'stable',
      version,
      files: [{ url: name, sha512, size: bytes.length }],
      path: name,
      releaseDate: new Date().toISOString(),
      pinned: false,
      issuedAt: Date.now(),
    };
    const signed = canonicalStatementBytes(statement);
    const yml: Record<string, unknown> = {
      version,
      files: statement.files,
      path: name,
      sha512,
      releaseDate: statement.releaseDate,
      gridroomStatement: Buffer.from(signed).toString('base64'),
      gridroomSignature: sign(null, signed, privateKey).toString('base64'),
    };
    tamper?.(yml);
    // JSON is YAML: electron-updater's js-yaml reads it as written
    await writeFile(path.join(dir, channelFile), JSON.stringify(yml, null, 2));
  }

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    root = await mkdtemp(path.join(os.tmpdir(), 'gridroom-update-e2e-'));
    api = await startCentralApi({ port: 0, dataDir: path.join(root, 'centre') });
    await publish('99.0.0');
    const code = api.enrolmentCodes.find((c) => c.station === '禾山派出所')?.code ?? '';
    const configPath = path.join(root, 'dev-app-update.yml');
    await writeFile(
      configPath,
      `provider: generic\nurl: ${api.url.replace(/\/$/, '')}/api/v1/updates/stable\nupdaterCacheDirName: gridroom-e2e-updater\n`,
    );
    ({ app, page } = await launchGridroom(electronBinary, path.join(root, 'app'), {
      GRIDROOM_API_URL: api.url.replace(/\/$/, ''),
      GRIDROOM_ENROLMENT_CODE: code,
      GRIDROOM_UPDATE_FORCE_DEV: '1',
      GRIDROOM_UPDATE_CONFIG_PATH: configPath,
      GRIDROOM_TEST_PUBLISHER_KEY: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    }));
  });

  test.afterAll(async () => {
    await app?.close();
    await api?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('a signed release is verified, downloaded and offered as 重启以更新', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/settings';
    });
    const section = page.getByTestId('version-section');
    await expect(section).toHaveAttribute('data-mode', 'desktop');
    await expect(section).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
    await expect(section.getByTestId('version-state')).toHaveText('v99.0.0 已下载并校验，可重启以更新');
    await expect(section.getByRole('button', { name: '重启以更新' })).toBeEnabled();
    await section.screenshot({ path: `${out}/electron-version-ready.png` });
  });

  test('a latest.yml changed after signing is refused, with its reason', async () => {
    await publish('99.0.1', (yml) => {
      yml.version = '99.0.2';
    });
    const section = page.getByTestId('version-section');
    await section.getByRole('button', { name: '立即检查' }).click();
    await expect(section).toHaveAttribute('data-state', 'refused');
    await expect(section.getByTestId('version-refusal')).toContainText('更新说明与签名内容不一致');
    await section.screenshot({ path: `${out}/electron-version-refused.png` });
  });
});
