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

export const timelineEntrySchema = z.object({
  at: epochMsSchema,
  by: z.string().min(1),
  kind: z.enum(['note', 'status', 'assign']),
  text: z.string().max(500),
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
  timeline: z.array(timelineEntrySchema),
});

export type IncidentType = z.infer<typeof incidentTypeSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type IncidentStatus = z.infer<typeof incidentStatusSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type Incident = z.infer<typeof incidentSchema>;
