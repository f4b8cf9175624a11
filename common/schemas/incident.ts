/** Incidents 警情/事件 with their lifecycle new → assigned → in progress → resolved. */
import { z } from 'zod';
import { epochMsSchema, idSchema, lngLatSchema, syncedFieldsSchema } from './base';

export const incidentTypes = [
  'gathering',
  'checkpoint-breach',
  'unregistered-person',
  'supply-disruption',
  'dispute',
  'medical',
  'other',
] as const;
export const incidentTypeSchema = z.enum(incidentTypes);

/** Ordered from most to least severe. */
export const severities = ['high', 'medium', 'low'] as const;
export const severitySchema = z.enum(severities);

export const incidentStatuses = ['new', 'assigned', 'in-progress', 'resolved'] as const;
export const incidentStatusSchema = z.enum(incidentStatuses);

/**
 * Limits of the timeline: it only grows (the centre merges it as a union, server/sync/
 * appendOnlyFields.ts), so it is capped — a push of the largest timeline must be answered
 * within 50 ms (bench `sync.merge.timeline.max`, `sync.push.timeline.max.*`). 200 entries of
 * up to 500 characters is far beyond a real incident's notes and status changes (the demo's
 * busiest has a handful); a full timeline asks the officer to open a follow-up incident.
 * `by` is an officer id or `system`.
 */
export const TIMELINE_MAX_ENTRIES = 200;
export const TIMELINE_TEXT_MAX = 500;
export const TIMELINE_BY_MAX = 64;

export const timelineEntrySchema = z.object({
  at: epochMsSchema,
  by: z.string().min(1).max(TIMELINE_BY_MAX),
  kind: z.enum(['note', 'status', 'assign']),
  text: z.string().max(TIMELINE_TEXT_MAX),
});

export const incidentSchema = syncedFieldsSchema.extend({
  gridId: idSchema,
  type: incidentTypeSchema,
  severity: severitySchema,
  status: incidentStatusSchema,
  point: lngLatSchema,
  description: z.string().min(1).max(1000),
  reportedAt: epochMsSchema,
  assignedAt: epochMsSchema.nullable(),
  resolvedAt: epochMsSchema.nullable(),
  assigneeId: idSchema.nullable(),
  timeline: z.array(timelineEntrySchema).max(TIMELINE_MAX_ENTRIES),
});

export type IncidentType = z.infer<typeof incidentTypeSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Incident = z.infer<typeof incidentSchema>;
