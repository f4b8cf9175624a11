/**
 * Today's key tasks (今日重点): the open high-severity incidents, longest waiting first, with
 * their grid and the officer they are assigned to.
 */
import { incidentSchema, officerSchema, type Incident } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';
import { openStatuses } from '#renderer/station/gridStateQuery';
import { queryGridLabels } from './gridLabels';
import { rowsWithAnyOf } from '#renderer/db/rowsWithAnyOf';

export interface KeyTask {
  incident: Incident;
  gridLabel: string;
  assignee: string | null;
}

export interface KeyTasks {
  tasks: KeyTask[];
  problems: RowProblem[];
}

export async function queryKeyTasks(db: GridroomDb): Promise<KeyTasks> {
  const raw = await rowsWithAnyOf(db.incidents, 'status', openStatuses);
  const { rows, problems } = validRows('incidents', raw, incidentSchema);
  const high = rows.filter((i) => i.severity === 'high').sort((a, b) => a.reportedAt - b.reportedAt);
  const officerIds = [...new Set(high.map((i) => i.assigneeId).filter((id): id is string => id !== null))];
  const [labels, rawOfficers] = await Promise.all([
    queryGridLabels(
      db,
      high.map((i) => i.gridId),
    ),
    db.officers.bulkGet(officerIds),
  ]);
  const officers = new Map(
    validRows(
      'officers',
      rawOfficers.filter((o) => o !== undefined),
      officerSchema,
    ).rows.map((o) => [o.id, o.name]),
  );
  return {
    tasks: high.map((incident) => ({
      incident,
      gridLabel: labels.get(incident.gridId) ?? incident.gridId,
      assignee: incident.assigneeId === null ? null : (officers.get(incident.assigneeId) ?? null),
    })),
    problems,
  };
}
