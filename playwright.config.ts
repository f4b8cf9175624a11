/**
 * Playwright e2e against the freshly built renderer served on loopback (scripts/serveRenderer.ts),
 * in Debian's Chromium. Electron-only specs live in test/electron and skip where the
 * Electron binary is missing.
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/chromium';

const port = Number(process.env.E2E_PORT ?? 5174);

export default defineConfig({
  testDir: 'test',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1600, height: 1000 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // Always build first, so e2e never runs against a stale dist/renderer.
    command: `npx tsx scripts/build.ts && npx tsx scripts/serveRenderer.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
