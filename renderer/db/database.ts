/**
 * The one typed Dexie database of a workstation: synced entity tables, the outbox, the audit
 * log, and local-only tables (meta, aggregates). Components never use it directly; feature
 * hooks and mutations do. Grid codes and standard addresses carry unique derived keys
 * (uniqueKeys.ts), stamped and stripped by a middleware so no reader sees them.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { EntityName, EntityRow } from '#common/schemas/entities';
import type { AuditEntry } from '#common/schemas';
import type { Mutation } from '#common/sync/mutation';
import type { GridStats, MetaRow, SweepStats } from './localRows';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5 } from './schema';
import { scrubResidentIds } from './scrubResidentIds';
import { keyUniqueRows } from './keyUniqueRows';
import { loggedUpgrade } from './loggedUpgrade';
import { uniqueKeysMiddleware } from './uniqueKeys';

export type OutboxRow = Omit<Mutation, 'seq'> & { seq?: number };

type EntityTables = { [E in EntityName]: EntityTable<EntityRow<E>, 'id'> };

export class GridroomDb extends Dexie {
  declare stations: EntityTables['stations'];
  declare officers: EntityTables['officers'];
  declare grids: EntityTables['grids'];
  declare controlLevels: EntityTables['controlLevels'];
  declare households: EntityTables['households'];
  declare campaigns: EntityTables['campaigns'];
  declare visits: EntityTables['visits'];
  declare findings: EntityTables['findings'];
  declare checkpoints: EntityTables['checkpoints'];
  declare shifts: EntityTables['shifts'];
  declare incidents: EntityTables['incidents'];
  declare testingSites: EntityTables['testingSites'];
  declare volunteerTeams: EntityTables['volunteerTeams'];
  declare passRegistrations: EntityTables['passRegistrations'];
  declare gateChecks: EntityTables['gateChecks'];
  declare handovers: EntityTables['handovers'];
  declare outbox: Table<OutboxRow, number>;
  declare audit: EntityTable<AuditEntry, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare gridStats: EntityTable<GridStats, 'gridId'>;
  declare sweepStats: Table<SweepStats, [string, string, string]>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(SCHEMA_V1.version).stores(SCHEMA_V1.stores);
    // adds an index only: IndexedDB builds it over the rows already there during the upgrade
    this.version(SCHEMA_V2.version).stores(SCHEMA_V2.stores);
    // no index change: removes old resident-ID hashes and re-masks IDs wherever findings live
    this.version(SCHEMA_V3.version)
      .stores(SCHEMA_V3.stores)
      .upgrade(loggedUpgrade(SCHEMA_V3.version, scrubResidentIds));
    // unique derived keys for grid codes and standard addresses; duplicates already there are kept
    this.version(SCHEMA_V4.version)
      .stores(SCHEMA_V4.stores)
      .upgrade(loggedUpgrade(SCHEMA_V4.version, keyUniqueRows));
    // new tables only (the electronic pass, gate checks, handovers)
    this.version(SCHEMA_V5.version).stores(SCHEMA_V5.stores);
    this.use(uniqueKeysMiddleware);
  }
}
