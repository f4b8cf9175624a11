/**
 * The two command-line options the start/serve scripts share: `--port N` (or `--port=N`,
 * falling back to PORT, then 5173) and boolean flags such as `--dev`.
 */
export const defaultPort = 5173;

export function portFromArgs(argv: readonly string[], env: Record<string, string | undefined>): number {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === '--port') value = argv[index + 1];
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
  });
  const raw = value ?? env.PORT;
  if (raw === undefined || raw === '') return defaultPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`invalid port ${JSON.stringify(raw)}`);
  return port;
}

export function hasFlag(argv: readonly string[], flag: string): boolean {
  return argv.includes(flag);
}
