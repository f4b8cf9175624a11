/**
 * Two vitest projects: `unit` runs in Node (common/, main/ handlers, server, generator);
 * `browser` runs in Debian's Chromium through Playwright so the cache layer is tested
 * against real IndexedDB, not an in-memory imitation.
 */
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, chromiumPath } from './test/chromium';
import { pathAliases } from './scripts/pathAliases.ts';

const resolve = { alias: pathAliases() };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Generous budgets: a suite's beforeAll opens PGlite and runs the migrations, which
          // on a loaded 2-core machine took over the 10 s default. They only bound hangs.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
