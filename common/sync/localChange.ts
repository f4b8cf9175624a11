/**
 * Turns a local edit into the optimistic row and the outbox mutation (docs/architecture.md §2). Pure.
 * Invariants: a patch never sets a server-owned field; the mutation carries only the fields
 * that actually change (on create: every field but the server-owned ones); the optimistic row
 * keeps the server's fields untouched — except a create, which starts at version 0 — and must
 * pass its entity schema, so a malformed form value is refused before it reaches the cache.
 */
import { entitySchemas, type EntityName } from '../schemas/entities';
import { serverOwnedFields, type Mutation } from './mutation';
import type { SyncRow } from './rebase';

export interface LocalChangeInput {
  entity: EntityName;
  id: string;
  /** The row as the cache holds it now, or null for a create. */
  current: SyncRow | null;
  /** Changed fields; `{ deleted: true }` deletes; on create, the whole row but server fields. */
  patch: Readonly<Record<string, unknown>>;
  clientId: string;
  seq: number;
  madeBy: string;
  now: number;
  /** The workstation's station (stamped on creates; the server checks it). */
  stationId: string;
}

export interface LocalChange {
  row: SyncRow;
  mutation: Mutation;
  action: 'create' | 'update' | 'delete';
}

/** A local edit that can't be made: the message says which field and why. */
export class LocalChangeError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'LocalChangeError';
  }
}

const owned: ReadonlySet<string> = new Set(serverOwnedFields);
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The change, or null when the patch changes nothing. */
export function localChange(input: LocalChangeInput): LocalChange | null {
  const { entity, id, current, patch } = input;
  for (const field of Object.keys(patch)) {
    if (owned.has(field)) throw new LocalChangeError(`${field} is set by the server, not by an edit`, field);
  }
  let row: SyncRow;
  let changed: Record<string, unknown>;
  let action: LocalChange['action'];
  if (current === null) {
    row = {
      ...patch,
      deleted: false,
      id,
      stationId: input.stationId,
      version: 0,
      updatedAt: input.now,
      updatedBy: input.madeBy,
    };
    changed = Object.fromEntries(Object.entries(row).filter(([k]) => !owned.has(k)));
    action = 'create';
  } else {
    if (current.deleted === true) throw new LocalChangeError(`${entity} ${id} is deleted`);
    changed = Object.fromEntries(Object.entries(patch).filter(([k, v]) => !same(current[k], v)));
    if (Object.keys(changed).length === 0) return null;
    row = { ...current, ...changed };
    action = changed.deleted === true ? 'delete' : 'update';
  }
  const parsed = entitySchemas[entity].safeParse(row);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new LocalChangeError(`${entity}.${field}: ${issue?.message ?? 'invalid'}`, field);
  }
  const mutation: Mutation = {
    clientId: input.clientId,
    seq: input.seq,
    entity,
    id,
    patch: changed,
    baseVersion: current === null ? 0 : Number(current.version),
    madeBy: input.madeBy,
    madeAt: input.now,
  };
  return { row, mutation, action };
}
