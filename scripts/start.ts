/**
 * `npm start` / `npm run dev`. With an Electron binary: build (or, with --dev, run vite's dev
 * server and build only main + preload) and launch Electron on this project. Without one (or
 * with --browser): build the renderer (or run vite's dev server with --dev), serve it on
 * 127.0.0.1 and print, in Chinese and English, why there is no window and which URL to open.
 * Companion services (the central API) start first, through companions.ts.
 *
 * Every start is the same start: the first, the tenth, and the one after a crash. Ports are
 * checked before anything opens; the central API's folder (--data-dir, default
 * .data/central-api) is locked to one start at a time, and a crashed start's lock is taken
 * over with a notice. What cannot start says why in words (startProblems.ts), not a stack.
 * Options: --port N (PORT), --api-port N (GRIDROOM_API_PORT), --data-dir DIR
 * (GRIDROOM_DATA_DIR), --offline, --dev, --browser, --no-build (serve dist/renderer as built).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import path from 'node:path';
import { hasFlag, optionFromArgs, portFromArgs } from './args';
import { buildAll, buildMainAndPreload, buildRenderer } from './build';
import { startCompanions, type Companions } from './companions';
import { findElectronBinary } from './electronBinary';
import { rendererIndex, rendererOutDir, repoRoot, viteConfigFile } from './paths';
import { assertPortsFree, type PortNeed } from './portCheck';
import { startRendererServer } from './rendererServer';
import { explainStartFailure } from './startProblems';

async function startViteDevServer(port: number, apiTarget: string | null = null): Promise<ViteDevServer> {
  const server = await createViteServer({
    configFile: viteConfigFile,
    root: path.join(repoRoot, 'renderer'),
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      ...(apiTarget ? { proxy: { '/api': { target: apiTarget, changeOrigin: true } } } : {}),
    },
  });
  await server.listen();
  return server;
}

function onSignals(stop: () => Promise<void>): void {
  const handler = () => void stop().then(() => process.exit(0));
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  // a closed terminal: end as cleanly as Ctrl+C (the data folder's lock is released)
  process.on('SIGHUP', handler);
}

async function runElectron(
  binary: string,
  dev: boolean,
  port: number,
  companions: Companions,
): Promise<void> {
  const env: Record<string, string | undefined> = { ...process.env, ...companions.env };
  let vite: ViteDevServer | null = null;
  if (dev) {
    vite = await startViteDevServer(port);
    await buildMainAndPreload();
    env.GRIDROOM_DEV_SERVER_URL = `http://127.0.0.1:${port}`;
  } else {
    await buildAll();
  }
  const child = spawn(binary, ['.'], { cwd: repoRoot, stdio: 'inherit', env });
  const stopAll = async () => {
    await vite?.close();
    await companions.stop();
  };
  child.on('exit', (code) => void stopAll().then(() => process.exit(code ?? 0)));
  onSignals(async () => {
    child.kill('SIGTERM');
    await stopAll();
  });
}

const electronMissing = {
  zh: [
    '本机未安装 Electron 可执行文件：npm 跳过了可选依赖 `electron`',
    '（例如 Node 版本低于 22.12，或无法访问 Electron 的二进制下载服务器）。',
  ],
  en: [
    'The Electron binary is not installed here: npm skipped the optional `electron`',
    "package (e.g. Node < 22.12, or no access to Electron's binary host).",
  ],
};
const browserAsked = {
  zh: ['按 --browser 的要求，不启动 Electron 窗口。'],
  en: ['As --browser asks, no Electron window is started.'],
};

function printBrowserModeNotice(url: string, asked: boolean): void {
  const why = asked ? browserAsked : electronMissing;
  console.log(
    [
      '',
      '────────────────────────────────────────────────────────────',
      ...why.zh,
      `应用界面已在本机回环地址提供，请在浏览器中打开：${url}`,
      '不会自动打开任何窗口或浏览器。',
      '',
      ...why.en,
      `The app's renderer is served on loopback — open this URL in a browser: ${url}`,
      'Nothing else is opened.',
      '────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}

async function runBrowserMode(
  dev: boolean,
  port: number,
  companions: Companions,
  how: { build: boolean; asked: boolean },
): Promise<void> {
  if (dev) {
    const vite = await startViteDevServer(port, companions.apiTarget);
    printBrowserModeNotice(`http://127.0.0.1:${port}/`, how.asked);
    onSignals(async () => {
      await vite.close();
      await companions.stop();
    });
    return;
  }
  if (how.build) await buildRenderer();
  else if (!existsSync(rendererIndex))
    throw new Error(`--no-build: ${rendererIndex} is missing; run npm run build`);
  const server = await startRendererServer({
    root: rendererOutDir,
    port,
    ...(companions.apiTarget ? { apiTarget: companions.apiTarget } : {}),
    runtimeConfig: companions.runtimeConfig,
  });
  printBrowserModeNotice(server.url, how.asked);
  onSignals(async () => {
    await server.close();
    await companions.stop();
  });
}

async function start(): Promise<void> {
  const argv = process.argv.slice(2);
  const dev = hasFlag(argv, '--dev');
  const port = portFromArgs(argv, process.env);
  const offline = hasFlag(argv, '--offline') || process.env.GRIDROOM_OFFLINE === '1';
  const apiPort = Number(optionFromArgs(argv, '--api-port') ?? process.env.GRIDROOM_API_PORT ?? 8787);
  if (!Number.isInteger(apiPort) || apiPort < 0 || apiPort > 65535)
    throw new Error(`invalid API port ${apiPort}`);
  const dataDir = path.resolve(
    optionFromArgs(argv, '--data-dir') ??
      process.env.GRIDROOM_DATA_DIR ??
      path.join(repoRoot, '.data', 'central-api'),
  );
  const asked = hasFlag(argv, '--browser');
  const binary = asked ? null : findElectronBinary();
  const needs: PortNeed[] = [];
  // Electron serves app:// itself; the loopback port is for the browser, or vite in --dev.
  if (!binary || dev) needs.push({ port, purpose: '应用界面 the app', option: '--port N' });
  if (!offline) needs.push({ port: apiPort, purpose: '中心 API central API', option: '--api-port N' });
  await assertPortsFree(needs);
  const companions = await startCompanions({ offline, apiPort, dataDir });
  try {
    if (binary) await runElectron(binary, dev, port, companions);
    else await runBrowserMode(dev, port, companions, { build: !hasFlag(argv, '--no-build'), asked });
  } catch (error) {
    await companions.stop();
    throw error;
  }
}

start().catch((error: unknown) => {
  const words = explainStartFailure(error);
  console.error(words ?? error);
  process.exit(1);
});
