/** A record as the server stores it: the whole synced row plus the bookkeeping beside it. */
import type { EntityName } from '#common/schemas/entities';

export interface StoredRecord {
  entity: EntityName;
  id: string;
  stationId: string;
  version: number;
  changeSeq: number;
  /** The whole row, as a pull returns it. */
  data: Record<string, unknown>;
  /** Field → the version that last changed it; a field absent here was last changed at version 1. */
  fieldVersions: Record<string, number>;
  /** Field → the client whose change set it last (absent: the seed or a create's own fields). */
  fieldClients: Record<string, string>;
  deleted: boolean;
}

export const recordKey = (entity: string, id: string): string => `${entity}:${id}`;
