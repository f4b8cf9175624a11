/** A record as the server stores it: the whole synced row plus the bookkeeping beside it. */
import type { EntityName } from '../../common/schemas/entities';

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
  deleted: boolean;
}

export const recordKey = (entity: string, id: string): string => `${entity}:${id}`;
