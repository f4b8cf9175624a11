/**
 * The incident lifecycle new → assigned → in progress → resolved as pure rules: which moves
 * are allowed, and the patch (times, timeline entry) a move or an edit produces. Resolved
 * incidents may be reopened to in progress (a report that turns out not to be over).
 */
import {
  TIMELINE_MAX_ENTRIES,
  TIMELINE_TEXT_MAX,
  type Incident,
  type IncidentStatus,
  type TimelineEntry,
} from '#common/schemas';

const moves: Record<IncidentStatus, readonly IncidentStatus[]> = {
  new: ['assigned'],
  assigned: ['in-progress', 'resolved'],
  'in-progress': ['resolved'],
  resolved: ['in-progress'],
};

export function nextStatuses(status: IncidentStatus): readonly IncidentStatus[] {
  return moves[status];
}

export type IncidentEdit =
  | { kind: 'status'; to: IncidentStatus; text: string }
  | { kind: 'assign'; assigneeId: string; text: string }
  | { kind: 'note'; text: string }
  | { kind: 'fields'; fields: Partial<Pick<Incident, 'type' | 'severity' | 'description'>> };

export class IncidentRuleError extends Error {
  constructor(readonly code: 'move-not-allowed' | 'needs-assignee' | 'empty-note' | 'timeline-full') {
    super(code);
    this.name = 'IncidentRuleError';
  }
}

/** The patch an edit makes to `incident` at `at` by `by`; throws IncidentRuleError when not allowed. */
export function incidentPatch(
  incident: Incident,
  edit: IncidentEdit,
  by: string,
  at: number,
): Partial<Incident> {
  const entry = (kind: TimelineEntry['kind'], text: string): TimelineEntry[] => {
    // The centre only ever grows a timeline, so it is capped (common/schemas/incident.ts).
    if (incident.timeline.length >= TIMELINE_MAX_ENTRIES) throw new IncidentRuleError('timeline-full');
    return [...incident.timeline, { at, by, kind, text: text.slice(0, TIMELINE_TEXT_MAX) }];
  };
  switch (edit.kind) {
    case 'fields':
      return edit.fields;
    case 'note':
      if (edit.text.trim() === '') throw new IncidentRuleError('empty-note');
      return { timeline: entry('note', edit.text.trim()) };
    case 'assign':
      return {
        assigneeId: edit.assigneeId,
        status: incident.status === 'new' ? 'assigned' : incident.status,
        assignedAt: incident.assignedAt ?? at,
        timeline: entry('assign', edit.text),
      };
    case 'status': {
      if (!moves[incident.status].includes(edit.to)) throw new IncidentRuleError('move-not-allowed');
      if (edit.to !== 'new' && incident.assigneeId === null) throw new IncidentRuleError('needs-assignee');
      return {
        status: edit.to,
        resolvedAt: edit.to === 'resolved' ? at : null,
        timeline: entry('status', edit.text),
      };
    }
  }
}
