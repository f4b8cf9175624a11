/**
 * A browser context as the benches open the app: a workstation's screen size, Chinese locale and
 * the station's time zone (Asia/Shanghai), so dates and figures read as an officer's would.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from '@playwright/test';

export function newAppContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1600, height: 1000 },
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ ...options, viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}
