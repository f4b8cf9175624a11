/**
 * `tsx scripts/renderIcons.ts`: renders assets/build/icon.svg to the PNG icons electron-builder
 * uses (icon.png and icons/512x512.png, icons/256x256.png) by screenshotting it in Debian's
 * Chromium with a transparent background. Run again after editing the SVG; the PNGs are
 * committed so packaging needs no browser.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '#test/chromium';
import { repoRoot } from './paths';

const buildDir = path.join(repoRoot, 'assets', 'build');

async function renderIcons(): Promise<void> {
  const svg = await readFile(path.join(buildDir, 'icon.svg'), 'utf8');
  await mkdir(path.join(buildDir, 'icons'), { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    for (const size of [512, 256]) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const outputs = [path.join(buildDir, 'icons', `${size}x${size}.png`)];
      if (size === 512) outputs.push(path.join(buildDir, 'icon.png'));
      for (const output of outputs) {
        await page.locator('svg').screenshot({ path: output, omitBackground: true });
        console.log(`wrote ${path.relative(repoRoot, output)}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

renderIcons().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
