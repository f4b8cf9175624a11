/**
 * In-page half of bench/signInBench.ts: the offline sign-in check as the workstation runs it
 * (renderer/features/signin/signInFlow.ts with the workstation set offline: the lock-out row,
 * the cached verifier and PBKDF2-SHA-256 at PBKDF2_ITERATIONS), against one SHA-256 of the
 * same PIN and salt as the baseline. Real IndexedDB, real WebCrypto, in Chromium.
 */
import { Dexie } from 'dexie';
import { GridroomDb } from '#renderer/db/database';
import { initialSnapshot } from '#common/sync/syncStatus';
import { verifierKey } from '#renderer/db/officerRows';
import { signIn } from '#renderer/features/signin/signInFlow';
import { makeVerifier, PBKDF2_ITERATIONS } from '#renderer/features/signin/offlineVerifier';

const OFFICER = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '基准民警',
  badgeNo: '350001',
  access: 'duty-officer' as const,
};
const PIN = '246810';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export async function signInOffline(
  runs: number,
): Promise<{ ms: number; baselineMs: number; iterations: number }> {
  const name = 'bench-signin';
  await Dexie.delete(name);
  const db = new GridroomDb(name);
  await db.meta.bulkPut([
    {
      key: 'syncConfig',
      value: {
        apiUrl: 'http://127.0.0.1:9',
        deviceId: '00000000-0000-4000-8000-0000000000dd',
        credential: 'x'.repeat(40),
        stationId: '00000000-0000-4000-8000-0000000000aa',
        clientId: 'bench',
        kind: 'workstation',
      },
    },
    {
      key: 'syncStatus',
      value: { ...initialSnapshot, mode: 'offline' },
    },
    { key: verifierKey(OFFICER.badgeNo), value: await makeVerifier(OFFICER, PIN, Date.now()) },
  ]);
  const times: number[] = [];
  const baseline: number[] = [];
  const salt = crypto.getRandomValues(new Uint8Array(16));
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = await signIn(db, OFFICER.badgeNo, PIN);
    times.push(performance.now() - t0);
    if (!result.ok || result.value.mode !== 'offline') throw new Error('offline sign-in failed in the bench');
    const input = new Uint8Array([...new TextEncoder().encode(PIN), ...salt]);
    const t1 = performance.now();
    await crypto.subtle.digest('SHA-256', input);
    baseline.push(performance.now() - t1);
  }
  db.close();
  await Dexie.delete(name);
  return { ms: median(times), baselineMs: median(baseline), iterations: PBKDF2_ITERATIONS };
}
