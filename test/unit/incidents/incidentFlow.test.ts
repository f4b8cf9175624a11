/** The incident lifecycle's rules: a full timeline refuses another entry instead of growing past the cap the centre enforces. */
import { describe, expect, it } from 'vitest';
import { incidentSchema, TIMELINE_MAX_ENTRIES, type Incident } from '#common/schemas';
import { incidentPatch, IncidentRuleError } from '#renderer/features/incidents/incidentFlow';

const AT = Date.UTC(2022, 8, 30, 2, 0);

function incident(entries: number): Incident {
  return incidentSchema.parse({
    id: '6f0c1a52-3b1d-4c57-9a44-2d7e1f0b9c01',
    stationId: '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b01',
    version: 3,
    updatedAt: AT,
    updatedBy: 'system',
    deleted: false,
    gridId: '1d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    type: 'dispute',
    severity: 'medium',
    status: 'assigned',
    point: [118.1, 24.5],
    description: '邻里纠纷',
    reportedAt: AT,
    assignedAt: AT,
    resolvedAt: null,
    assigneeId: '2d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    timeline: Array.from({ length: entries }, (_, i) => ({
      at: AT + i,
      by: 'system',
      kind: 'note',
      text: `记录 ${i}`,
    })),
  });
}

describe('incidentPatch', () => {
  it('adds the last entry a timeline may hold, and the patched row still parses', () => {
    const patch = incidentPatch(
      incident(TIMELINE_MAX_ENTRIES - 1),
      { kind: 'note', text: '最后一条' },
      'officer',
      AT + 9_999,
    );
    expect(patch.timeline).toHaveLength(TIMELINE_MAX_ENTRIES);
    expect(incidentSchema.safeParse({ ...incident(0), ...patch }).success).toBe(true);
  });

  it('refuses a note, a status change or an assignment on a full timeline with timeline-full', () => {
    const full = incident(TIMELINE_MAX_ENTRIES);
    for (const edit of [
      { kind: 'note', text: '再记一条' },
      { kind: 'status', to: 'in-progress', text: '处置中' },
      { kind: 'assign', assigneeId: '3d2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', text: '改派' },
    ] as const) {
      const attempt = () => incidentPatch(full, edit, 'officer', AT + 9_999);
      expect(attempt).toThrow(IncidentRuleError);
      expect(() => attempt()).toThrow('timeline-full');
    }
    // Editing fields adds no entry and still works.
    expect(incidentPatch(full, { kind: 'fields', fields: { severity: 'high' } }, 'officer', AT)).toEqual({
      severity: 'high',
    });
  });
});
