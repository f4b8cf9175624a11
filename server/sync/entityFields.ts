/**
 * What the server knows about each entity's fields, read from the schemas in common/schemas:
 * the per-field schemas (to check a patch's values on their own) and the whole-row schema
 * (to check a created or merged row, refinements included).
 */
import { z } from 'zod';
import { entitySchemas, type EntityName } from '#common/schemas/entities';

export type FieldSchemas = Readonly<Record<string, z.ZodType>>;

function shapeOf(schema: z.ZodType): FieldSchemas {
  if (schema instanceof z.ZodObject) return schema.shape as FieldSchemas;
  // Not used by today's schemas (zod 4 refinements keep the ZodObject), but a pipe or
  // wrapper would hide the shape: unwrap to the object inside.
  if (schema instanceof z.ZodPipe) return shapeOf(schema.in as z.ZodType);
  throw new Error('entity schema without an object shape');
}

const shapes = new Map<EntityName, FieldSchemas>(
  (Object.keys(entitySchemas) as EntityName[]).map((name) => [name, shapeOf(entitySchemas[name])]),
);

export function fieldSchemas(entity: EntityName): FieldSchemas {
  const shape = shapes.get(entity);
  if (!shape) throw new Error(`unknown entity ${entity}`);
  return shape;
}

/**
 * The schema of one field, or undefined when the entity has no such field. Own properties
 * only: `constructor`, `toString`, `__proto__`… are members of every object, not fields.
 */
export function fieldSchema(entity: EntityName, field: string): z.ZodType | undefined {
  const shape = fieldSchemas(entity);
  return Object.hasOwn(shape, field) ? shape[field] : undefined;
}

export function rowSchema(entity: EntityName): z.ZodType {
  return entitySchemas[entity];
}

/** Entities whose row schema has whole-row refinements (end after start…), not just fields. */
const refinedEntities = new Set<EntityName>(
  (Object.keys(entitySchemas) as EntityName[]).filter(
    (name) => (entitySchemas[name] as z.ZodType)._zod.def.checks?.length,
  ),
);

/**
 * Checks a changed row: `data` is a stored row (valid when it was written — every write path
 * checks it) with `fields` set anew. Where the entity's schema is fields only, checking those
 * fields is the same as checking the row and costs a fraction on a record with a long timeline;
 * an entity with whole-row refinements is checked whole. Returns the first issue or null.
 */
export function changedRowIssue(
  entity: EntityName,
  data: Readonly<Record<string, unknown>>,
  fields: readonly string[],
): string | null {
  if (refinedEntities.has(entity)) {
    const parsed = rowSchema(entity).safeParse(data);
    return parsed.success ? null : describeIssue(parsed.error);
  }
  for (const field of fields) {
    const schema = fieldSchema(entity, field);
    if (!schema) continue; // not a field of the row: the row schema strips it too
    const parsed = schema.safeParse(data[field]);
    if (!parsed.success) return describeIssue(parsed.error, field);
  }
  return null;
}

/** The first issue of a failed parse as one line: `severity: Invalid option…`. */
export function describeIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
