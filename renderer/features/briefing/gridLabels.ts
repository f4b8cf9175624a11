/**
 * "Code name" labels of the grids a slide names (e.g. `HS-012 金尚嘉园`), read by key so a slide
 * naming five grids does not parse 725 outlines. Grids missing or malformed keep their id.
 */
import { gridSchema } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows } from '#renderer/db/validRows';

const labelSchema = gridSchema.pick({ id: true, code: true, name: true, deleted: true });

export async function queryGridLabels(db: GridroomDb, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const raw = (await db.grids.bulkGet(wanted)).filter((g) => g !== undefined);
  const labels = new Map(wanted.map((id) => [id, id]));
  for (const g of validRows('grids', raw, labelSchema).rows) labels.set(g.id, `${g.code} ${g.name}`);
  return labels;
}
