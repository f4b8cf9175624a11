/**
 * `auth.signin.offline`: p50 of the offline sign-in check in Chromium — the workstation set
 * offline, the officer's cached verifier read from IndexedDB and checked with PBKDF2-SHA-256,
 * 600,000 iterations, 16-byte random salt, 32-byte output (renderer/features/signin/
 * offlineVerifier.ts). Baseline: one SHA-256 of the same PIN and salt, in the same page, so
 * the ratio says what the slow hash costs. Target ≤ 500 ms (≈ 100–300 ms intended).
 */
import type { BenchResult } from './results';
import { newAppContext, openHarness } from './appContext';

const RUNS = 15;

export async function runSignInBench(harnessUrl: string): Promise<BenchResult[]> {
  const context = await newAppContext();
  try {
    const page = await openHarness(context, harnessUrl);
    type Bench = {
      signInOffline(runs: number): Promise<{ ms: number; baselineMs: number; iterations: number }>;
    };
    const r = await page.evaluate(
      (runs) => (window as unknown as { bench: Bench }).bench.signInOffline(runs),
      RUNS,
    );
    return [
      {
        name: 'auth.signin.offline',
        value: Math.round(r.ms),
        unit: 'ms',
        baseline: Math.round(r.baselineMs * 1000) / 1000,
        ratio: r.ms / Math.max(r.baselineMs, 0.001),
        target: '≤ 500 ms',
        note: `p50 of ${RUNS}; PBKDF2-SHA-256, ${r.iterations.toLocaleString('en')} iterations, 16-byte salt; baseline one SHA-256`,
      },
    ];
  } finally {
    await context.close();
  }
}
