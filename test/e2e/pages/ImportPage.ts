/**
 * Page model of 导入导出 for e2e tests: open the screen, choose a kind's tab, put a file on its
 * upload, map, check, apply or cancel, read the report's figures and issue rows, download the
 * error report and the exports — all as a user does it, through the screen.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { UploadFile } from '../support/importFiles';

export type Kind = 'grids' | 'households' | 'officers' | 'volunteerTeams' | 'passRegistrations';
type Bridge = {
  signals?: Record<string, number>;
  importPreview?: {
    waitForIdle(): Promise<void>;
    renderedFeatures(): number[];
    statusOf(n: number): string | null;
  };
};

export const screensDir = 'test/out/screens';

export class ImportPage {
  constructor(readonly page: Page) {}

  wizard(kind: Kind): Locator {
    return this.page.getByTestId(`import-wizard-${kind}`);
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '导入导出' }).click();
    await expect(this.page.getByTestId('import-screen')).toBeVisible();
  }

  async tab(kind: Kind): Promise<Locator> {
    await this.page.getByTestId(`import-tab-${kind}`).click();
    await expect(this.wizard(kind)).toBeVisible();
    return this.wizard(kind);
  }

  async step(kind: Kind): Promise<string> {
    return (await this.wizard(kind).getAttribute('data-step')) ?? '';
  }

  async expectStep(kind: Kind, step: string, timeout = 60_000): Promise<void> {
    await expect(this.wizard(kind)).toHaveAttribute('data-step', step, { timeout });
  }

  /**
   * Starts from the file step (resetting whatever the tab shows) and puts the file on the upload:
   * bytes built by the test, or a path on disk (for a file too large to send as bytes).
   */
  async upload(kind: Kind, file: UploadFile | string): Promise<void> {
    const wizard = await this.tab(kind);
    if ((await this.step(kind)) !== 'pick') {
      const again = wizard.getByRole('button', { name: /重新选择文件|导入另一个文件/ }).first();
      await again.click();
      await this.expectStep(kind, 'pick');
    }
    await wizard.locator('input[type=file]').setInputFiles(file);
  }

  /** Bytes the worker has read so far, as the file step's progress shows them. */
  async readBytes(kind: Kind): Promise<{ done: number; total: number }> {
    const reading = this.wizard(kind).getByTestId('import-reading');
    return {
      done: Number(await reading.getAttribute('data-done')),
      total: Number(await reading.getAttribute('data-total')),
    };
  }

  async cancelRead(kind: Kind): Promise<void> {
    await this.wizard(kind).getByTestId('import-read-cancel').click();
    await this.expectStep(kind, 'pick');
    await expect(this.wizard(kind).getByTestId('import-read-cancelled')).toBeVisible();
  }

  async check(kind: Kind): Promise<void> {
    await this.expectStep(kind, 'mapping');
    await this.wizard(kind).getByTestId('import-check').click();
    await this.expectStep(kind, 'checked', 120_000);
  }

  count(kind: Kind, name: 'total' | 'creates' | 'updates' | 'unchanged' | 'bad'): Locator {
    return this.wizard(kind).getByTestId(`import-count-${name}`);
  }

  async counts(kind: Kind): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const name of ['total', 'creates', 'updates', 'unchanged', 'bad'] as const)
      out[name] = Number(await this.count(kind, name).getAttribute('data-value'));
    return out;
  }

  /** The issue rows the list shows (its virtual window), as "where | column | reason". */
  async issueRows(kind: Kind): Promise<string[]> {
    const rows = this.wizard(kind).getByTestId('import-issues').locator('.windowed-row');
    await expect(rows.first()).toBeVisible();
    return rows.evaluateAll((els) =>
      els.map((el) =>
        [...el.querySelectorAll('.windowed-cell')].map((c) => (c.textContent ?? '').trim()).join(' | '),
      ),
    );
  }

  applyButton(kind: Kind): Locator {
    return this.wizard(kind).getByTestId('import-apply');
  }

  /** Downloads what `click` starts and returns the file's name and text (BOM kept). */
  async download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), click()]);
    mkdirSync('test/out/downloads', { recursive: true });
    const path = `test/out/downloads/${download.suggestedFilename()}`;
    await download.saveAs(path);
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  async downloadErrorReport(kind: Kind) {
    return this.download(() => this.wizard(kind).getByTestId('import-error-report').click());
  }

  async downloadExport(kind: Kind) {
    return this.download(() => this.page.getByTestId(`export-${kind}`).click());
  }

  async waitForPreview(): Promise<void> {
    await expect(this.page.getByTestId('import-preview-map')).toBeVisible();
    await this.page.evaluate(() =>
      (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.importPreview?.waitForIdle(),
    );
  }

  async previewFeatures(): Promise<number[]> {
    return this.page.evaluate(
      () =>
        (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.importPreview?.renderedFeatures() ??
        [],
    );
  }

  async previewStatus(feature: number): Promise<string | null> {
    return this.page.evaluate(
      (n) =>
        (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.importPreview?.statusOf(n) ?? null,
      feature,
    );
  }

  async signals(name: string): Promise<number> {
    return this.page.evaluate(
      (n) => (window as unknown as { __gridroomTest: Bridge }).__gridroomTest.signals?.[n] ?? 0,
      name,
    );
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(screensDir, { recursive: true });
    await this.page.screenshot({ path: `${screensDir}/${name}.png` });
  }
}

/** The mapping step's controls: a field's select, and the value typed for the whole file. */
export class MappingControls {
  constructor(
    readonly page: Page,
    readonly wizard: Locator,
  ) {}

  /** Chooses, for `field`, the option whose label is `label` (a column name or 整个文件统一填写). */
  async choose(field: string, label: string): Promise<void> {
    await this.wizard.getByTestId(`mapping-${field}`).click();
    const option = this.page.locator(
      `.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`,
    );
    await option.click();
    await expect(this.page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    await expect(this.wizard.getByTestId(`mapping-${field}`)).toContainText(label);
  }

  async typeConstant(field: string, value: string): Promise<void> {
    await this.wizard.getByTestId(`mapping-constant-${field}`).fill(value);
  }
}
