/**
 * The centre's half of the pass code-zone rule (docs/architecture.md §9): a pushed change that
 * APPROVES a registration whose health code is red or yellow is refused (`pass-code-zone`) when
 * the registration's grid is sealed or controlled at the time the change counts as made (the
 * attribution check's clamped madeAt) — the same rule the review queue applies for the
 * officer's convenience (common/domain/passRules.ts codeAllowedIn, controlLevelAt). Runs in
 * the push transaction, after attribution, before merging. A push without an approval reads
 * nothing; one with approvals reads their registrations (folding earlier patches of the same
 * batch in seq order) and, when a code is not green, the control-level history of those grids.
 */
import { z } from 'zod';
import { controlLevelAt } from '#common/domain/controlLevelAt';
import { codeAllowedIn } from '#common/domain/passRules';
import { controlLevelSchema, healthCodeColourSchema, type HealthCodeColour } from '#common/schemas';
import type { Mutation } from '#common/sync/mutation';
import type { Queryable } from '../db/database';
import { refusalReason, type Refusal } from '../auth/authorizeMutations';

/** The fields of a stored control-level change the rule reads (anything else is ignored). */
const levelRefSchema = z.object({
  id: z.string(),
  gridId: z.string(),
  level: controlLevelSchema,
  from: z.number(),
  to: z.number().nullable(),
  updatedAt: z.number(),
  deleted: z.boolean().optional().default(false),
});

interface Check {
  seq: number;
  colour: HealthCodeColour;
  gridId: string;
  at: number;
}

export async function refuseCodeZoneApprovals(
  tx: Queryable,
  input: {
    stationId: string;
    now: number;
    mutations: readonly Mutation[];
    /** seq → the time the change counts as made (accepted mutations only). */
    madeAt: ReadonlyMap<number, number>;
    /** Mutations already refused: not judged again. */
    refused: ReadonlyMap<number, Refusal>;
  },
): Promise<Map<number, Refusal>> {
  const passes = input.mutations.filter((m) => m.entity === 'passRegistrations' && !input.refused.has(m.seq));
  const approvals = passes.filter((m) => m.patch.status === 'approved');
  if (approvals.length === 0) return new Map();

  const ids = [...new Set(approvals.map((m) => m.id))];
  const { rows } = await tx.query<{ id: string; data: Record<string, unknown> }>(
    `SELECT id, data FROM records WHERE entity = 'passRegistrations' AND id = ANY($1::uuid[]) AND station_id = $2`,
    [ids, input.stationId],
  );
  const state = new Map<string, Record<string, unknown>>(rows.map((r) => [r.id, r.data]));
  const checks: Check[] = [];
  for (const m of passes) {
    const row = { ...(state.get(m.id) ?? {}), ...m.patch };
    state.set(m.id, row);
    if (m.patch.status !== 'approved') continue;
    const colour = healthCodeColourSchema.safeParse(row.healthCode);
    // A malformed row is refused by the merge's schema check; green is allowed everywhere.
    if (!colour.success || colour.data === 'green' || typeof row.gridId !== 'string') continue;
    checks.push({
      seq: m.seq,
      colour: colour.data,
      gridId: row.gridId,
      at: input.madeAt.get(m.seq) ?? input.now,
    });
  }
  if (checks.length === 0) return new Map();

  const grids = [...new Set(checks.map((c) => c.gridId))];
  const { rows: levelRows } = await tx.query<{ data: unknown }>(
    `SELECT data FROM records
      WHERE entity = 'controlLevels' AND station_id = $1 AND NOT deleted AND data->>'gridId' = ANY($2::text[])`,
    [input.stationId, grids],
  );
  const levels = levelRows.flatMap((r) => {
    const parsed = levelRefSchema.safeParse(r.data);
    return parsed.success ? [parsed.data] : [];
  });
  const refusals = new Map<number, Refusal>();
  for (const c of checks) {
    const { level } = controlLevelAt(levels, c.gridId, c.at);
    if (!codeAllowedIn(c.colour, level))
      refusals.set(c.seq, { refusal: 'pass-code-zone', reason: refusalReason('pass-code-zone') });
  }
  return refusals;
}
