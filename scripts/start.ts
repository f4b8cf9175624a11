/**
 * `npm start` / `npm run dev`. With an Electron binary: build (or, with --dev, run vite's dev
 * server and build only main + preload) and launch Electron on this project. Without one:
 * build the renderer (or run vite's dev server with --dev), serve it on 127.0.0.1 and print,
 * in Chinese and English, why there is no window and which URL to open. Companion services
 * (the central API) start first, through companions.ts.
 */
import { spawn } from 'node:child_process';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import path from 'node:path';
import { hasFlag, portFromArgs } from './args';
import { buildAll, buildMainAndPreload, buildRenderer } from './build';
import { startCompanions, type Companions } from './companions';
import { findElectronBinary } from './electronBinary';
import { rendererOutDir, repoRoot, viteConfigFile } from './paths';
import { startRendererServer } from './rendererServer';

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

function printBrowserModeNotice(url: string): void {
  console.log(
    [
      '',
      '────────────────────────────────────────────────────────────',
      '本机未安装 Electron 可执行文件：npm 跳过了可选依赖 `electron`',
      '（例如 Node 版本低于 22.12，或无法访问 Electron 的二进制下载服务器）。',
      `应用界面已在本机回环地址提供，请在浏览器中打开：${url}`,
      '不会自动打开任何窗口或浏览器。',
      '',
      'The Electron binary is not installed here: npm skipped the optional `electron`',
      "package (e.g. Node < 22.12, or no access to Electron's binary host).",
      `The app's renderer is served on loopback — open this URL in a browser: ${url}`,
      'Nothing else is opened.',
      '────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}

async function runBrowserMode(dev: boolean, port: number, companions: Companions): Promise<void> {
  if (dev) {
    const vite = await startViteDevServer(port, companions.apiTarget);
    printBrowserModeNotice(`http://127.0.0.1:${port}/`);
    onSignals(async () => {
      await vite.close();
      await companions.stop();
    });
    return;
  }
  await buildRenderer();
  const server = await startRendererServer({
    root: rendererOutDir,
    port,
    ...(companions.apiTarget ? { apiTarget: companions.apiTarget } : {}),
    runtimeConfig: companions.runtimeConfig,
  });
  printBrowserModeNotice(server.url);
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
  const apiPort = Number(process.env.GRIDROOM_API_PORT ?? 8787);
  const companions = await startCompanions({ offline, apiPort });
  const binary = findElectronBinary();
  if (binary) await runElectron(binary, dev, port, companions);
  else await runBrowserMode(dev, port, companions);
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
