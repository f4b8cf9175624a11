/**
 * Who may change what, by role. Pure and shared: the workstation's cache layer
 * (writeLocalChange), its screens and the central API (validateBatch, on every pushed mutation)
 * ask the same question and get the same answer; the client's check is for the officer's
 * convenience, the centre's is the one that counts.
 *
 * Policy (decided for the "Duty workflows" issue):
 * - 所长 station chief: every change.
 * - 值班民警 duty officer: day-to-day records (incidents, sweeps, checkpoints, households…),
 *   but NOT control levels, officer assignment of a grid (`officerId`), a grid's identity or
 *   shape (`code`, `geometry`, deleting it), the station or the officer roster. Those are the
 *   chief's decisions; they are refused outright, not queued for confirmation.
 * - 简报屏 briefing display: read-only, writes nothing.
 * Invariants: `briefing` is refused everything; `station-chief` is allowed everything; a
 * duty officer's permission depends only on the entity and the patch's field names.
 */
import type { EntityName } from '../schemas/entities';

import { roles, type Role } from '../schemas/roles';

export { roles, type Role };

/** Entities only the chief may touch at all. */
export const chiefOnlyEntities: ReadonlySet<EntityName> = new Set<EntityName>([
  'controlLevels',
  'stations',
  'officers',
]);

/** Grid fields only the chief may set. */
export const chiefOnlyGridFields: ReadonlySet<string> = new Set(['officerId', 'code', 'geometry', 'deleted']);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

/** Whether `role` may write `patch` to a record of `entity`. */
export function mayWrite(role: Role, entity: EntityName, patch: Readonly<Record<string, unknown>>): boolean {
  if (role === 'station-chief') return true;
  if (role === 'briefing') return false;
  if (chiefOnlyEntities.has(entity)) return false;
  if (entity === 'grids') return !Object.keys(patch).some((field) => chiefOnlyGridFields.has(field));
  return true;
}

/** The UI's questions, answered by the same policy. */
export const mayChangeLevel = (role: Role): boolean => mayWrite(role, 'controlLevels', {});
export const mayAssignOfficer = (role: Role): boolean => mayWrite(role, 'grids', { officerId: null });

/** Thrown by writeLocalChange before anything is written when the role may not make the change. */
export class RoleForbiddenError extends Error {
  constructor(
    readonly role: Role,
    readonly entity: EntityName,
    readonly fields: readonly string[],
  ) {
    super(`role ${role} may not write ${entity} (${fields.join(', ')})`);
    this.name = 'RoleForbiddenError';
  }
}
