/**
 * `npm run server`: the central API on its own. Options: --port (8787), --host (127.0.0.1),
 * --data-dir (.data/central-api, PGlite) unless DATABASE_URL is set, --no-seed. Prints the URL,
 * the database kind and fresh enrolment codes of the demo stations (7 days, 50 uses); logs
 * JSON lines (pino); shuts down gracefully on SIGINT/SIGTERM.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_PIN } from '../common/demo/demoPin';
import { DEFAULT_HOST, DEFAULT_PORT, startCentralApi, type CentralApiOptions } from './centralApi';

export { startCentralApi } from './centralApi';

function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export function parseServerArgs(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): CentralApiOptions {
  const rawPort = optionValue(argv, '--port') ?? env.PORT;
  const port = rawPort === undefined ? DEFAULT_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port ${JSON.stringify(rawPort)}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    host: optionValue(argv, '--host') ?? DEFAULT_HOST,
    ...(databaseUrl
      ? { databaseUrl }
      : { dataDir: path.resolve(optionValue(argv, '--data-dir') ?? '.data/central-api') }),
    seed: !argv.includes('--no-seed'),
  };
}

async function main(): Promise<void> {
  const options = parseServerArgs(process.argv.slice(2), process.env);
  const api = await startCentralApi({ ...options, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const where =
    api.databaseKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${options.dataDir ?? ''}`;
  console.log(`网格态势室中心服务 Gridroom central API: ${api.url}/api/v1  (database: ${where})`);
  if (api.seed?.seeded) console.log(`演示数据已载入 demo city seeded in ${api.seed.ms} ms`);
  for (const s of api.enrolmentCodes)
    console.log(`  登记码 enrolment code  ${s.station}: ${s.code}   (简报屏 display: ${s.displayCode})`);
  if (api.enrolmentCodes.length > 0)
    console.log(`  演示民警 PIN demo officers’ PIN: ${DEMO_PIN} (README, 登录 Sign in)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
