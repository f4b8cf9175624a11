/**
 * `npm run server`: the central API on its own. Options: --port (8787), --host (127.0.0.1),
 * --data-dir (.data/central-api, PGlite) unless DATABASE_URL is set, --no-seed,
 * --tls-cert FILE and --tls-key FILE (PEM, both or neither: serve HTTPS), --trust-proxy
 * (`true`, a hop count, or a comma list of the proxies' addresses/CIDRs), --updates-dir (the
 * update channels' folder, default `<data-dir>/updates`). Anything beyond
 * loopback must use TLS — these flags, or a TLS proxy in front. Prints the URL, the database
 * kind and fresh enrolment codes of the demo stations (7 days, 50 uses); logs JSON lines (pino); shuts down
 * gracefully on SIGINT/SIGTERM. A bad option is an error naming it, before anything starts.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEMO_PIN } from '#common/demo/demoPin';
import { DEFAULT_HOST, DEFAULT_PORT, startCentralApi, type CentralApiOptions } from './centralApi';
import { serverLoggerOptions } from './http/logOptions';

export { startCentralApi } from './centralApi';

function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** `--trust-proxy`: `true`/`false`, a hop count, or a comma list of addresses or CIDRs. */
export function parseTrustProxy(raw: string): boolean | number | string[] {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops < 1 || hops > 32) throw new Error(`--trust-proxy: a hop count must be 1-32, got ${raw}`);
    return hops;
  }
  const list = raw.split(',').map((a) => a.trim());
  for (const a of list) {
    const [address = '', bits, ...rest] = a.split('/');
    const version = isIP(address);
    const maxBits = version === 6 ? 128 : 32;
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (version === 0 || !bitsOk || rest.length > 0)
      throw new Error(`--trust-proxy: ${JSON.stringify(a)} is not true, a hop count, or an IP address/CIDR`);
  }
  return list;
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
  const dataDir = path.resolve(optionValue(argv, '--data-dir') ?? '.data/central-api');
  const updatesDir = optionValue(argv, '--updates-dir');
  const namesUpdatesDir = argv.some((a) => a === '--updates-dir' || a.startsWith('--updates-dir='));
  if (namesUpdatesDir && (updatesDir === undefined || updatesDir === '' || updatesDir.startsWith('--')))
    throw new Error('--updates-dir needs a folder (the update channels, e.g. /srv/gridroom/updates)');
  return {
    port,
    host: optionValue(argv, '--host') ?? DEFAULT_HOST,
    ...(databaseUrl ? { databaseUrl } : { dataDir }),
    // With DATABASE_URL there is no data folder of ours, but the updates still need one.
    updatesDir: updatesDir === undefined ? path.join(dataDir, 'updates') : path.resolve(updatesDir),
    seed: !argv.includes('--no-seed'),
    ...tlsOption(argv),
    ...trustProxyOption(argv),
  };
}

function tlsOption(argv: readonly string[]): Pick<CentralApiOptions, 'tls'> {
  // A value that is another option (`--tls-cert --tls-key k`) is a missing value.
  const value = (name: string) => {
    const v = optionValue(argv, name);
    return v === undefined || v.startsWith('--') ? undefined : v;
  };
  const named = (name: string) => argv.some((a) => a === name || a.startsWith(`${name}=`));
  if (!named('--tls-cert') && !named('--tls-key')) return {};
  const certPath = value('--tls-cert');
  const keyPath = value('--tls-key');
  if (!certPath || !keyPath)
    throw new Error('--tls-cert and --tls-key go together: give both files (PEM) to serve HTTPS, or neither');
  return { tls: { certPath: path.resolve(certPath), keyPath: path.resolve(keyPath) } };
}

function trustProxyOption(argv: readonly string[]): Pick<CentralApiOptions, 'trustProxy'> {
  if (!argv.some((a) => a === '--trust-proxy' || a.startsWith('--trust-proxy='))) return {};
  const raw = optionValue(argv, '--trust-proxy');
  // A bare flag (last, or followed by another option) trusts the proxy in front.
  return { trustProxy: raw === undefined || raw.startsWith('--') ? true : parseTrustProxy(raw) };
}

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || host.startsWith('127.');

async function main(): Promise<void> {
  const options = parseServerArgs(process.argv.slice(2), process.env);
  const api = await startCentralApi({
    ...options,
    logger: serverLoggerOptions(process.env.LOG_LEVEL ?? 'info'),
  });
  const where =
    api.databaseKind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${options.dataDir ?? ''}`;
  console.log(`网格态势室中心服务 Gridroom central API: ${api.url}/api/v1  (database: ${where})`);
  if (!options.tls && !isLoopback(options.host ?? DEFAULT_HOST))
    api.log.warn(
      { host: options.host },
      `警告：${options.host ?? ''} 不是本机回环地址，请使用 --tls-cert/--tls-key 或在前面放置 TLS 代理 / Warning: serving beyond loopback without TLS — use --tls-cert/--tls-key or a TLS proxy.`,
    );
  if (api.seed?.seeded) console.log(`演示数据已载入 demo city seeded in ${api.seed.ms} ms`);
  for (const s of api.enrolmentCodes)
    console.log(`  登记码 enrolment code  ${s.station}: ${s.code}   (简报屏 display: ${s.displayCode})`);
  if (api.enrolmentCodes.length > 0)
    console.log(`  演示民警 PIN demo officers’ PIN: ${DEMO_PIN} (README, 登录 Sign in)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    api.log.info({ signal }, 'shutting down');
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        api.log.error({ err: error }, 'shutdown failed');
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
