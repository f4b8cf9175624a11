/**
 * `npm test`: runs every vitest project, then Playwright, streaming both outputs, and ends with
 * one line alone, `N passed, N failed` (`, N skipped` when any were skipped), counting the tests
 * of both runners from their JSON reports. The exit code is non-zero when anything failed.
 * Invariants: a runner that crashed without a report, a suite that failed to load, a top-level
 * Playwright error (web server, global setup) or a non-zero exit without a failing test each
 * count as one failure with a message, so nothing broken can end in "0 failed". Stale reports
 * are deleted first. The environment (CI included) is passed through untouched.
 * Local use: `--unit-only` (vitest only) or `--e2e-only` (Playwright only).
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test', 'out');
const vitestJson = path.join(outDir, 'vitest.json');
const playwrightJson = path.join(outDir, 'playwright.json');

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** Problems that are not a failing test but were counted as a failure, or worth a word. */
  notes: string[];
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const vitestReportSchema = z.object({
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number().default(0),
  testResults: z
    .array(
      z.object({
        name: z.string(),
        status: z.string(),
        message: z.string().optional(),
        assertionResults: z.array(z.object({ status: z.string() })),
      }),
    )
    .default([]),
});

interface PlaywrightSuite {
  suites?: PlaywrightSuite[] | undefined;
  specs?: { title: string; tests: { status: string }[] }[] | undefined;
}

const playwrightSuiteSchema: z.ZodType<PlaywrightSuite> = z.lazy(() =>
  z.object({
    suites: z.array(playwrightSuiteSchema).optional(),
    specs: z
      .array(z.object({ title: z.string(), tests: z.array(z.object({ status: z.string() })) }))
      .optional(),
  }),
);

const playwrightReportSchema = z.object({
  suites: z.array(playwrightSuiteSchema).default([]),
  errors: z.array(z.object({ message: z.string().optional() })).default([]),
});

function parseArgs(argv: string[]): { unit: boolean; e2e: boolean } {
  let unit = true;
  let e2e = true;
  for (const arg of argv) {
    if (arg === '--unit-only') e2e = false;
    else if (arg === '--e2e-only') unit = false;
    else {
      console.error(`test-all: unknown argument ${arg} (use --unit-only or --e2e-only)`);
      process.exit(2);
    }
  }
  if (!unit && !e2e) {
    console.error('test-all: --unit-only and --e2e-only exclude each other');
    process.exit(2);
  }
  return { unit, e2e };
}

/** Runs a command with inherited stdio (output streams as it comes) and the same environment. */
function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...extraEnv },
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`test-all: could not start ${command}: ${error.message}`);
      resolve({ code: 127, signal: null });
    });
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
}

/** The parsed report, or null (with the reason) when the file is missing or not a report. */
async function readReport<T>(
  file: string,
  schema: z.ZodType<T>,
): Promise<{ report: T } | { reason: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { reason: `no report at ${path.relative(root, file)}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { reason: `unreadable report ${path.relative(root, file)}: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { reason: `unexpected report shape in ${path.relative(root, file)}` };
  return { report: parsed.data };
}

function describeExit(exit: Exit): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${String(exit.code)}`;
}

const firstLine = (text: string | undefined): string => (text ?? '').trim().split('\n')[0] ?? '';

async function runVitest(tally: Tally): Promise<void> {
  const exit = await run('npx', [
    'vitest',
    'run',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=test/out/vitest.json',
  ]);
  const read = await readReport(vitestJson, vitestReportSchema);
  if ('reason' in read) {
    tally.failed += 1;
    tally.notes.push(
      `vitest ${describeExit(exit)} and wrote no usable report (${read.reason}); counted as 1 failed`,
    );
    return;
  }
  const report = read.report;
  let failed = report.numFailedTests;
  for (const file of report.testResults) {
    // A file that failed to load or to collect has no failing test of its own.
    if (file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed')) {
      failed += 1;
      tally.notes.push(
        `vitest: ${path.relative(root, file.name)} failed outside any test: ${firstLine(file.message)}`,
      );
    }
  }
  if (exit.code !== 0 && failed === 0) {
    failed = 1;
    tally.notes.push(
      `vitest ${describeExit(exit)} without a failing test (unhandled error?); counted as 1 failed`,
    );
  }
  const total = report.numPassedTests + report.numFailedTests + report.numPendingTests + report.numTodoTests;
  if (total === 0) tally.notes.push('vitest: no tests found');
  tally.passed += report.numPassedTests;
  tally.failed += failed;
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

function tallyPlaywrightSuite(suite: PlaywrightSuite, counts: Omit<Tally, 'notes'>): void {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      if (test.status === 'expected' || test.status === 'flaky') counts.passed += 1;
      else if (test.status === 'skipped') counts.skipped += 1;
      else counts.failed += 1; // 'unexpected', or anything unknown
    }
  }
  for (const child of suite.suites ?? []) tallyPlaywrightSuite(child, counts);
}

async function runPlaywright(tally: Tally): Promise<void> {
  const exit = await run('npx', ['playwright', 'test', '--pass-with-no-tests', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  });
  const read = await readReport(playwrightJson, playwrightReportSchema);
  if ('reason' in read) {
    tally.failed += 1;
    tally.notes.push(
      `playwright ${describeExit(exit)} and wrote no usable report (${read.reason}); counted as 1 failed`,
    );
    return;
  }
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const suite of read.report.suites) tallyPlaywrightSuite(suite, counts);
  for (const error of read.report.errors) {
    counts.failed += 1;
    tally.notes.push(`playwright: ${firstLine(error.message)}; counted as 1 failed`);
  }
  if (exit.code !== 0 && counts.failed === 0) {
    counts.failed = 1;
    tally.notes.push(`playwright ${describeExit(exit)} without a failing test; counted as 1 failed`);
  }
  if (counts.passed + counts.failed + counts.skipped === 0) tally.notes.push('playwright: no tests found');
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  tally.skipped += counts.skipped;
}

async function main(): Promise<void> {
  const { unit, e2e } = parseArgs(process.argv.slice(2));
  await mkdir(outDir, { recursive: true });
  await rm(vitestJson, { force: true });
  await rm(playwrightJson, { force: true });

  const tally: Tally = { passed: 0, failed: 0, skipped: 0, notes: [] };
  if (unit) await runVitest(tally);
  if (e2e) await runPlaywright(tally);

  for (const note of tally.notes) console.log(`test-all: ${note}`);
  const skipped = tally.skipped > 0 ? `, ${tally.skipped} skipped` : '';
  // The summary must be the very last line of output: CI reads it.
  console.log(`${tally.passed} passed, ${tally.failed} failed${skipped}`);
  process.exitCode = tally.failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`test-all: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
