/**
 * Changed records written as deltas (server/sync/recordStore.ts writeRecordsStatements): a
 * record loaded in the transaction travels as its new top-level fields only, and what the
 * database then holds is exactly the whole record; a record that lost a field, or one not
 * loaded, is written whole; a delta never reaches a row of another station.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStatements } from '#server/db/writeBatch';
import { loadRecordsForUpdate, writeRecordsStatements } from '#server/sync/recordStore';
import { recordKey, type StoredRecord } from '#server/sync/storedRecord';
import { backends, type OpenedDatabase } from './backends';
import { createStation, NOW, type TestStation } from './fixtures';

describe.each(backends)('record writes on $name', (backend) => {
  let opened: OpenedDatabase;
  let station: TestStation;
  beforeAll(async () => {
    opened = await backend.open();
    station = await createStation(opened.db);
  });
  afterAll(() => opened.cleanup());

  async function load(entity: StoredRecord['entity'], id: string): Promise<StoredRecord> {
    const [row] = await loadRecordsForUpdate(opened.db, [{ entity, id }]);
    if (!row) throw new Error(`no ${entity} ${id}`);
    return row;
  }

  it('sends only the new fields of a loaded record, and stores the whole record', async () => {
    const incident = station.dataset.incidents[0]!;
    const before = await load('incidents', incident.id);
    const next: StoredRecord = {
      ...before,
      version: before.version + 1,
      changeSeq: before.changeSeq + 1_000_000,
      data: {
        ...before.data,
        description: '夜间巡查：门岗无人',
        severity: 'high',
        version: before.version + 1,
      },
      fieldVersions: { ...before.fieldVersions, description: before.version + 1 },
      fieldClients: { ...before.fieldClients, description: 'ws-1' },
    };
    const statements = writeRecordsStatements(
      [next],
      NOW,
      new Map([[recordKey('incidents', incident.id), before]]),
    );
    expect(statements).toHaveLength(1);
    const [delta] = statements;
    expect(delta?.sql).toMatch(/^UPDATE records/);
    const sent = JSON.parse(String(delta?.params[0])) as Array<{ data: Record<string, unknown> }>;
    expect(Object.keys(sent[0]!.data).sort()).toEqual(['description', 'severity', 'version']);
    await runStatements(opened.db, statements);
    expect(await load('incidents', incident.id)).toEqual(next);
  });

  it('writes a record whole when it lost a field or was not loaded', async () => {
    const grid = station.dataset.grids[0]!;
    const before = await load('grids', grid.id);
    const { name: _dropped, ...rest } = before.data;
    const next: StoredRecord = {
      ...before,
      version: before.version + 1,
      changeSeq: before.changeSeq + 2_000_000,
      data: rest,
    };
    const lost = writeRecordsStatements([next], NOW, new Map([[recordKey('grids', grid.id), before]]));
    expect(lost[0]?.sql).toMatch(/^INSERT INTO records/);
    await runStatements(opened.db, lost);
    expect((await load('grids', grid.id)).data).toEqual(rest);
    const notLoaded = writeRecordsStatements([next], NOW, new Map());
    expect(notLoaded[0]?.sql).toMatch(/^INSERT INTO records/);
  });

  it('never writes a delta into a row of another station', async () => {
    const other = await createStation(opened.db, '另一个派出所');
    const incident = other.dataset.incidents[0]!;
    const theirs = await load('incidents', incident.id);
    const forged: StoredRecord = {
      ...theirs,
      stationId: station.stationId,
      version: theirs.version + 1,
      changeSeq: theirs.changeSeq + 3_000_000,
      data: { ...theirs.data, description: '越权修改' },
    };
    const statements = writeRecordsStatements(
      [forged],
      NOW,
      new Map([[recordKey('incidents', incident.id), { ...theirs, stationId: station.stationId }]]),
    );
    await runStatements(opened.db, statements);
    expect(await load('incidents', incident.id)).toEqual(theirs);
  });
});
