/**
 * Grid decisions made at this workstation, each through `writeLocalChange` with the session's
 * role (so a refused role writes nothing): reassigning a grid's officer, and a control-level
 * change — the grid's open history rows closed and a new row created in ONE cache transaction.
 */
import { controlLevelChangeSchema } from '#common/schemas';
import { actorOf, type Session } from '#renderer/shared/session';
import type { GridroomDb } from '#renderer/db/database';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { mayWrite, RoleForbiddenError } from '#common/domain/rolePolicy';
import { planLevelChange, type LevelChangeInput, type LevelChangeProblem } from './levelChangeRules';

export class LevelChangeRefused extends Error {
  constructor(readonly problem: LevelChangeProblem) {
    super(`level change refused: ${problem}`);
    this.name = 'LevelChangeRefused';
  }
}

export async function assignOfficer(
  db: GridroomDb,
  session: Session,
  gridId: string,
  officerId: string | null,
): Promise<void> {
  await writeLocalChange(db, {
    entity: 'grids',
    id: gridId,
    patch: { officerId },
    ...actorOf(session),
  });
}

export async function changeControlLevel(
  db: GridroomDb,
  session: Session,
  input: Omit<LevelChangeInput, 'decidedBy'>,
  now = Date.now(),
): Promise<void> {
  // Checked up front too, so a refused role never even opens the transaction.
  if (!mayWrite(session.role, 'controlLevels', {})) {
    throw new RoleForbiddenError(session.role, 'controlLevels', ['level']);
  }
  await db.transaction('rw', db.tables, async () => {
    const raw = await db.controlLevels.where('gridId').equals(input.gridId).toArray();
    const history = raw.flatMap((r) => {
      const parsed = controlLevelChangeSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    });
    const result = planLevelChange(history, { ...input, decidedBy: session.actor }, now);
    if (!result.ok) throw new LevelChangeRefused(result.problem);
    const write = { ...actorOf(session), now };
    for (const row of result.plan.close) {
      await writeLocalChange(db, { ...write, entity: 'controlLevels', id: row.id, patch: row.patch });
    }
    await writeLocalChange(db, {
      ...write,
      entity: 'controlLevels',
      id: crypto.randomUUID(),
      patch: result.plan.create,
    });
  });
}
