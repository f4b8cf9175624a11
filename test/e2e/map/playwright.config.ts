/**
 * Runs only the map spec, without the shared webServer (the spec builds and serves its own
 * harness): `npx playwright test -c test/e2e/map/playwright.config.ts`.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: ['map.spec.ts'],
  outputDir: '../../../test-results/map',
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: [['list']],
});
