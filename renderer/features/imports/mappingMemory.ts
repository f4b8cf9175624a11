/**
 * The mapping an officer last confirmed for each kind of import, remembered per station in the
 * cache's `meta` table (`importMapping:<stationId>:<kind>`), by column NAME — the next file
 * from the same GIS or register export has the same names in whatever order. The row is
 * validated with zod on the way in and out; a malformed one is ignored (the importer's
 * suggestion stands). Kept in this feature's own key space rather than the shared MetaRow
 * union: nothing else reads it.
 */
import { z } from 'zod';
import type { Table } from 'dexie';
import type { GridroomDb } from '#renderer/db/database';
import type { FieldMapping } from './importMessages';
import type { ImportKind } from './importKinds';

export const rememberedMappingSchema = z.object({
  /** Field key → the column's name in the file, or null for "not in the file". */
  fields: z.record(z.string().max(40), z.string().max(200).nullable()),
  savedAt: z.number().int().nonnegative(),
});
export type RememberedMapping = z.infer<typeof rememberedMappingSchema>;

const rowSchema = z.object({ key: z.string(), value: rememberedMappingSchema });

const keyOf = (stationId: string, kind: ImportKind) => `importMapping:${stationId}:${kind}`;

function metaTable(db: GridroomDb): Table<{ key: string; value: unknown }, string> {
  return db.table('meta');
}

async function stationIdOf(db: GridroomDb): Promise<string> {
  return (await db.stations.toCollection().first())?.id ?? 'none';
}

export async function readRememberedMapping(
  db: GridroomDb,
  kind: ImportKind,
): Promise<RememberedMapping | null> {
  const row = await metaTable(db).get(keyOf(await stationIdOf(db), kind));
  const parsed = rowSchema.safeParse(row);
  return parsed.success ? parsed.data.value : null;
}

export async function rememberMapping(
  db: GridroomDb,
  kind: ImportKind,
  columns: readonly string[],
  mapping: FieldMapping,
  now = Date.now(),
): Promise<void> {
  const fields = Object.fromEntries(
    Object.entries(mapping).map(([field, index]) => [
      field,
      index === null ? null : (columns[index] ?? null),
    ]),
  );
  const value = rememberedMappingSchema.parse({ fields, savedAt: now });
  await metaTable(db).put({ key: keyOf(await stationIdOf(db), kind), value });
}

/**
 * The mapping to start from: the remembered column name for each field where this file has a
 * column of that name, else the importer's suggestion. A remembered "not in the file" does not
 * hide a column this file does have (an export with record ids after a register without them).
 */
export function startingMapping(
  columns: readonly string[],
  suggested: FieldMapping,
  remembered: RememberedMapping | null,
): FieldMapping {
  const out: FieldMapping = { ...suggested };
  if (!remembered) return out;
  for (const field of Object.keys(suggested)) {
    const name = remembered.fields[field];
    const index = typeof name === 'string' ? columns.indexOf(name) : -1;
    if (index >= 0) out[field] = index;
  }
  return out;
}
