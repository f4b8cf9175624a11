/**
 * Demo mode only (never enrolled, no centre): a sample pass code for the chosen checkpoint, so
 * the gate can be tried on demo data. It signs, with the demo key that ships with the app
 * (common/epass/demoPassKey.ts), what the n-th approved registration of the checkpoint's grid
 * says now. An enrolled workstation never offers this, and never trusts the demo key.
 */
import { signDemoPassCode } from '#common/epass/demoPassKey';
import { passPayloadOf } from '#common/epass/passPayload';
import type { GridroomDb } from '#renderer/db/database';
import { queryApprovedInGrid } from './gateQueries';

/** A demo code for the n-th approved pass of the grid (wrapping), or null when it has none. */
export async function sampleDemoCode(db: GridroomDb, gridId: string, n: number): Promise<string | null> {
  const now = Date.now();
  const approved = await queryApprovedInGrid(db, gridId, now);
  const pick = approved[n % Math.max(1, approved.length)];
  const payload = pick ? passPayloadOf(pick, now) : null;
  return payload ? signDemoPassCode(payload) : null;
}
