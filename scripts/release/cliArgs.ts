/**
 * The release commands' arguments: positionals, `--name value` / `--name=value` options and
 * flags, with a refusal naming anything unknown or missing (no command runs on a guess).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReleaseError } from './releaseError';

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export function parseCliArgs(
  argv: readonly string[],
  valueOptions: readonly string[],
  flagOptions: readonly string[] = [],
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (flagOptions.includes(name) && eq < 0) {
      flags.add(name);
      continue;
    }
    if (!valueOptions.includes(name)) throw new ReleaseError(`未知选项 / unknown option ${name}`);
    const value = eq < 0 ? argv[(i += 1)] : arg.slice(eq + 1);
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new ReleaseError(`${name} 缺少值 / ${name} needs a value`);
    options.set(name, value);
  }
  return { positionals, options, flags };
}

export function required(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (value === undefined) throw new ReleaseError(`缺少 ${name} / ${name} is required`);
  return value;
}

/** The public key the app pins, in this repository (the demo key unless a deployment replaced it). */
export const repoPinnedKeyFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../assets/update/publisher-public-key.txt',
);

/** `--public-key FILE`, else the repository's pinned key when present, else none (not checked). */
export function publicKeyFileOf(args: ParsedArgs): string | null {
  const given = args.options.get('--public-key');
  if (given !== undefined) return path.resolve(given);
  return existsSync(repoPinnedKeyFile) ? repoPinnedKeyFile : null;
}

/** Runs a command: a ReleaseError is its one line on stderr and exit 1. */
export function runCli(command: () => Promise<string[]>): void {
  command().then(
    (lines) => {
      for (const line of lines) console.log(line);
    },
    (error: unknown) => {
      if (error instanceof ReleaseError) console.error(`拒绝 refused: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}
