/**
 * Reading the station's audit trail for the chief (GET /audit): filters by officer, device,
 * entity, action and time, newest first, keyset-paged by id (`before`), so a page costs the
 * same however deep. Officer names are looked up in one query for the page's officers.
 */
import type { ServerAuditEntry, ServerAuditQuery } from '#common/auth/protocol';
import type { Queryable } from '../db/database';
import { isUuid } from '../auth/uuid';

interface Row {
  id: number;
  at: number;
  action: string;
  officer_id: string | null;
  device_id: string | null;
  workstation: string | null;
  entity: string | null;
  entity_id: string | null;
  changes: ServerAuditEntry['changes'];
  detail: Record<string, unknown>;
}

export async function readAudit(
  q: Queryable,
  stationId: string,
  query: ServerAuditQuery,
): Promise<{ entries: ServerAuditEntry[]; next: number | null }> {
  const where = ['a.station_id = $1'];
  const params: unknown[] = [stationId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (query.officerId !== undefined) add('a.officer_id = ?', query.officerId);
  if (query.deviceId !== undefined) add('a.device_id = ?', query.deviceId);
  if (query.entity !== undefined) add('a.entity = ?', query.entity);
  if (query.action !== undefined) add('a.action = ?', query.action);
  if (query.from !== undefined) add('a.at >= ?::int8', query.from);
  if (query.to !== undefined) add('a.at <= ?::int8', query.to);
  if (query.before !== undefined) add('a.id < ?::int8', query.before);
  params.push(query.limit + 1);
  const { rows } = await q.query<Row>(
    `SELECT a.id, a.at, a.action, a.officer_id, a.device_id, d.workstation, a.entity, a.entity_id, a.changes, a.detail
       FROM audit_log a LEFT JOIN devices d ON d.id = a.device_id
      WHERE ${where.join(' AND ')}
      ORDER BY a.id DESC LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const officerIds = [
    ...new Set(page.map((r) => r.officer_id).filter((id): id is string => id !== null && isUuid(id))),
  ];
  const names = new Map<string, string>();
  if (officerIds.length > 0) {
    const found = await q.query<{ id: string; name: string | null }>(
      `SELECT id, data->>'name' AS name FROM records WHERE entity = 'officers' AND id = ANY($1::uuid[])`,
      [officerIds],
    );
    for (const o of found.rows) if (o.name !== null) names.set(o.id, o.name);
  }
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      officerId: r.officer_id,
      officerName: r.officer_id !== null ? (names.get(r.officer_id) ?? null) : null,
      deviceId: r.device_id,
      workstation: r.workstation,
      entity: r.entity,
      entityId: r.entity_id,
      changes: r.changes,
      detail: r.detail,
    })),
    next: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
