/**
 * The command-line options the start/serve scripts share: `--port N` (or `--port=N`,
 * falling back to PORT, then 5173), boolean flags such as `--dev`, and named values.
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

/** The value of `--name V` or `--name=V`, else undefined. */
export function optionFromArgs(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) value = argv[index + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}
