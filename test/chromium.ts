/**
 * Where Debian's Chromium lives and the flags it needs on these machines (root, no network):
 * shared by vitest's browser project, Playwright e2e and the benches. Never download a browser.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
