/**
 * `tsx scripts/serveRenderer.ts [--port N]`: serves dist/renderer on 127.0.0.1 (Playwright's
 * webServer uses this). Builds the renderer first when dist/renderer/index.html is missing.
 */
import { existsSync } from 'node:fs';
import { portFromArgs } from './args';
import { buildRenderer } from './build';
import { isEntryPoint, rendererIndex, rendererOutDir } from './paths';
import { startRendererServer, type RendererServer } from './rendererServer';

export async function serveBuiltRenderer(port: number): Promise<RendererServer> {
  if (!existsSync(rendererIndex)) {
    console.log('dist/renderer/index.html missing: building the renderer first…');
    await buildRenderer();
  }
  return startRendererServer({ root: rendererOutDir, port });
}

if (isEntryPoint(import.meta.url)) {
  serveBuiltRenderer(portFromArgs(process.argv.slice(2), process.env)).then(
    (server) => {
      console.log(`renderer served at ${server.url}`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
