/**
 * Page model of the daily report: the 报告 screen (date, preview, exports, archive) and the A4
 * print route, with the PDF made by Chromium's page.pdf() (the engine Electron's printToPDF
 * uses) and read back with Debian's poppler-utils (pdftotext, pdftoppm).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { readTable } from '../support/rawCache';
import { reportCacheTables, type ReportCache } from '../support/reportFigures';

type Bridge = { waitFor(name: string): Promise<void>; signals?: Record<string, number> };

export const screensDir = 'test/out/screens';
export const pdfDir = 'test/out/pdf';

export class ReportsPage {
  constructor(readonly page: Page) {}

  async openScreen(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '报告' }).click();
    await expect(this.page.getByTestId('reports-screen')).toBeVisible();
  }

  /** Shows the print layout of `date` in this page (hash route) and waits until it is complete. */
  async openPrint(date: string): Promise<void> {
    const before = await this.readySignals();
    await this.page.evaluate((d) => {
      window.location.hash = `#/report-print?date=${d}`;
    }, date);
    await this.page.waitForFunction(
      (n) =>
        ((window as unknown as { __gridroomTest?: Bridge }).__gridroomTest?.signals?.['report-ready'] ?? 0) >
        n,
      before,
      { timeout: 120_000 },
    );
    await expect(this.page.locator('body')).toHaveAttribute('data-report-ready', '1');
  }

  /** Types a day into the screen's date picker, as a user does. */
  async pickDate(day: string): Promise<void> {
    const input = this.page.getByTestId('report-date').locator('input');
    await input.click();
    await input.fill(day);
    await input.press('Enter');
    await expect(input).toHaveValue(day);
    await expect(this.page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  }

  /** The date picker's calendar, opened (and left open). */
  async openCalendar(): Promise<Locator> {
    await this.page.getByTestId('report-date').locator('input').click();
    const calendar = this.page.locator('.ant-picker-dropdown:visible');
    await expect(calendar).toHaveCount(1);
    // opened: its slide-in animation is over
    await expect(calendar).not.toHaveClass(/slide-up-(appear|enter)/);
    return calendar;
  }

  /** Clicks 导出 PDF in browser mode: the print layout opens in a new window. */
  async exportPdfInBrowser(): Promise<Page> {
    const [popup] = await Promise.all([
      this.page.waitForEvent('popup'),
      this.page.getByTestId('export-pdf').click(),
    ]);
    return popup;
  }

  /** Export entries of the audit log, raw. */
  async exportsInAudit(): Promise<Array<Record<string, unknown>>> {
    return (await readTable(this.page, 'audit')).filter(
      (e) => e.action === 'export' && e.entity === 'report',
    );
  }

  /** The DailyReport object the print layout rendered (exposed on the test bridge). */
  async printedReport(): Promise<unknown> {
    return this.page.evaluate(
      () => (window as unknown as { __gridroomTest?: { report?: unknown } }).__gridroomTest?.report,
    );
  }

  async readySignals(): Promise<number> {
    return this.page.evaluate(
      () => (window as unknown as { __gridroomTest?: Bridge }).__gridroomTest?.signals?.['report-ready'] ?? 0,
    );
  }

  kpi(name: string) {
    return this.page.locator(`[data-kpi="${name}"]`);
  }

  /** page.pdf() of the print route, A4 from the page's own @page rules; returns the file path. */
  async savePdf(name: string): Promise<string> {
    mkdirSync(pdfDir, { recursive: true });
    const bytes = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = path.join(pdfDir, `${name}.pdf`);
    writeFileSync(file, bytes);
    return file;
  }

  /** The PDF's text in reading layout (pdftotext -layout), whitespace runs folded to one space. */
  static pdfText(file: string): string {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\n\s*/g, '\n');
  }

  static pdfPageCount(file: string): number {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  }

  /** Every page rendered at 60 dpi into test/out/screens/<prefix>-N.png; returns the files. */
  static pdfPagesToPng(file: string, prefix: string): string[] {
    mkdirSync(screensDir, { recursive: true });
    for (const old of readdirSync(screensDir).filter((f) => f.startsWith(`${prefix}-`))) {
      execFileSync('rm', ['-f', path.join(screensDir, old)]);
    }
    execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(screensDir, prefix)]);
    return readdirSync(screensDir)
      .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
      .sort()
      .map((f) => path.join(screensDir, f));
  }

  async readCache(): Promise<ReportCache> {
    const entries = await Promise.all(
      reportCacheTables.map(async (t) => [t, await readTable(this.page, t)] as const),
    );
    return Object.fromEntries(entries) as unknown as ReportCache;
  }

  async screenshot(name: string, fullPage = false): Promise<void> {
    await this.page.screenshot({ path: `${screensDir}/${name}.png`, fullPage });
  }
}
