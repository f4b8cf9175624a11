/**
 * A new incident as the duty officer enters it (警情录入), as pure rules: the form's zod schema,
 * its errors per field (as codes the form turns into words next to each field), and the row a
 * valid entry becomes. Invariants: the grid is never chosen by hand — it is derived from the
 * point (gridAtPoint.ts), and a point inside no grid is refused; an officer given at entry
 * makes the incident start `assigned`, otherwise it starts `new`; the timeline starts with the
 * report (a note at the reported time naming how it came in), then the assignment if any — the
 * same shape the demo data and the drawer's edits keep.
 */
import { z } from 'zod';
import {
  epochMsSchema,
  idSchema,
  incidentTypeSchema,
  lngLatSchema,
  severitySchema,
  type Incident,
  type LngLat,
  type TimelineEntry,
} from '#common/schemas';

/** How a report came in (recorded in the first timeline entry). */
export const incidentSources = ['110', 'phone', 'grid-worker', 'checkpoint', 'patrol', 'walk-in'] as const;
export type IncidentSource = (typeof incidentSources)[number];

/** A reported time may run ahead of this workstation's clock by this much (clock skew). */
export const FUTURE_SLACK_MS = 5 * 60_000;
/** How far back a report may be entered (a late entry of a call from the last shift). */
export const MAX_BACKDATE_MS = 7 * 24 * 3600_000;

export const newIncidentSchema = z.object({
  type: incidentTypeSchema,
  severity: severitySchema,
  description: z.string().trim().min(1).max(1000),
  source: z.enum(incidentSources),
  point: lngLatSchema,
  /** The officer assigned at entry, or null to leave it new. */
  assigneeId: idSchema.nullable(),
  reportedAt: epochMsSchema,
});
export type NewIncident = z.infer<typeof newIncidentSchema>;

export type NewIncidentField = keyof NewIncident;
export const newIncidentFields = Object.keys(newIncidentSchema.shape) as NewIncidentField[];

/** Why a field is refused; each is a message key `newIncident.error.<code>`. */
export type NewIncidentErrorCode =
  | 'type'
  | 'severity'
  | 'description'
  | 'description-long'
  | 'source'
  | 'point'
  | 'point-outside'
  | 'assigneeId'
  | 'assignee-unknown'
  | 'reportedAt'
  | 'reportedAt-future'
  | 'reportedAt-old';

export type NewIncidentErrors = Partial<Record<NewIncidentField, NewIncidentErrorCode>>;

export type Checked = { ok: true; value: NewIncident } | { ok: false; errors: NewIncidentErrors };

/** Checks the form's values at `now`: the schema first, then the time window. */
export function checkNewIncident(values: unknown, now: number): Checked {
  const parsed = newIncidentSchema.safeParse(values);
  if (!parsed.success) {
    const errors: NewIncidentErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !(newIncidentFields as string[]).includes(field)) continue;
      const name = field as NewIncidentField;
      if (errors[name]) continue;
      errors[name] = name === 'description' && issue.code === 'too_big' ? 'description-long' : name;
    }
    return { ok: false, errors };
  }
  const { reportedAt } = parsed.data;
  if (reportedAt > now + FUTURE_SLACK_MS) return { ok: false, errors: { reportedAt: 'reportedAt-future' } };
  if (reportedAt < now - MAX_BACKDATE_MS) return { ok: false, errors: { reportedAt: 'reportedAt-old' } };
  return { ok: true, value: parsed.data };
}

/** Words of the timeline entries, in the language of the workstation that records them. */
export interface NewIncidentTexts {
  /** e.g. "接报（群众来电）". */
  reported: string;
  /** e.g. "指派张伟处置"; only used with an assignee. */
  assigned: string;
}

/** The fields of the new incident row (all but the server-owned ones), reported in `gridId`. */
export function newIncidentRow(
  entry: NewIncident,
  gridId: string,
  texts: NewIncidentTexts,
  by: string,
  now: number,
): Omit<Incident, 'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy' | 'deleted'> {
  const timeline: TimelineEntry[] = [
    { at: entry.reportedAt, by, kind: 'note', text: texts.reported.slice(0, 500) },
  ];
  const assigned = entry.assigneeId !== null;
  // never before the report, even when the report is a few minutes ahead of our clock
  const assignedAt = assigned ? Math.max(now, entry.reportedAt) : null;
  if (assigned && assignedAt !== null)
    timeline.push({ at: assignedAt, by, kind: 'assign', text: texts.assigned.slice(0, 500) });
  return {
    gridId,
    type: entry.type,
    severity: entry.severity,
    status: assigned ? 'assigned' : 'new',
    point: entry.point,
    description: entry.description,
    reportedAt: entry.reportedAt,
    assignedAt,
    resolvedAt: null,
    assigneeId: entry.assigneeId,
    timeline,
  };
}

/** Rounds a picked position to ~1 m (6 decimals): the map's sub-pixel digits mean nothing. */
export function roundPoint([lng, lat]: LngLat): LngLat {
  return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}
