/** A new incident's entry rules and the row it becomes (status by assignee, first timeline entries). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { incidentSchema, incidentTypes, severities, type Incident } from '#common/schemas';
import { incidentPatch, nextStatuses } from '#renderer/features/incidents/incidentFlow';
import {
  checkNewIncident,
  FUTURE_SLACK_MS,
  incidentSources,
  MAX_BACKDATE_MS,
  newIncidentRow,
  roundPoint,
  type NewIncident,
} from '#renderer/features/incidents/newIncident';

const NOW = Date.UTC(2022, 8, 30, 2, 0, 0);
const OFFICER = '5b7c2f0e-1c1d-4a57-9d2a-0f9f5f7b3c11';
const GRID = '0d6c3a55-7f3e-4c5e-8a51-3b9f0e2d4a10';
const valid = {
  type: 'gathering',
  severity: 'high',
  description: '  小区门口人员聚集约二十人  ',
  source: 'phone',
  point: [118.12, 24.49],
  assigneeId: null,
  reportedAt: NOW - 60_000,
};
const texts = { reported: '接报（群众来电）', assigned: '指派张伟处置' };

/** The server's fields a created row receives, to check the whole row against its schema. */
const asRow = (fields: ReturnType<typeof newIncidentRow>): Incident => ({
  ...fields,
  id: 'c0a80121-7ac0-4e1c-9b9e-6d3f0b0f7a01',
  stationId: 'c0a80121-7ac0-4e1c-9b9e-6d3f0b0f7a02',
  version: 0,
  updatedAt: NOW,
  updatedBy: '值班台-1',
  deleted: false,
});

describe('checkNewIncident', () => {
  it('accepts a complete entry and trims the description', () => {
    const checked = checkNewIncident(valid, NOW);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.description).toBe('小区门口人员聚集约二十人');
  });

  it('names every missing or bad field at once', () => {
    const checked = checkNewIncident(
      {
        ...valid,
        type: undefined,
        severity: 'critical',
        description: '   ',
        point: null,
        reportedAt: undefined,
      },
      NOW,
    );
    expect(checked).toEqual({
      ok: false,
      errors: {
        type: 'type',
        severity: 'severity',
        description: 'description',
        point: 'point',
        reportedAt: 'reportedAt',
      },
    });
  });

  it('refuses a description over 1000 characters with its own reason', () => {
    expect(checkNewIncident({ ...valid, description: '警'.repeat(1001) }, NOW)).toEqual({
      ok: false,
      errors: { description: 'description-long' },
    });
  });

  it('refuses a reported time in the future (beyond clock slack) or more than 7 days back', () => {
    expect(checkNewIncident({ ...valid, reportedAt: NOW + FUTURE_SLACK_MS }, NOW).ok).toBe(true);
    expect(checkNewIncident({ ...valid, reportedAt: NOW + FUTURE_SLACK_MS + 1 }, NOW)).toEqual({
      ok: false,
      errors: { reportedAt: 'reportedAt-future' },
    });
    expect(checkNewIncident({ ...valid, reportedAt: NOW - MAX_BACKDATE_MS - 1 }, NOW)).toEqual({
      ok: false,
      errors: { reportedAt: 'reportedAt-old' },
    });
  });

  it('refuses an assignee that is not an id and a point off the globe', () => {
    expect(checkNewIncident({ ...valid, assigneeId: '张伟' }, NOW)).toEqual({
      ok: false,
      errors: { assigneeId: 'assigneeId' },
    });
    expect(checkNewIncident({ ...valid, point: [218, 24] }, NOW)).toEqual({
      ok: false,
      errors: { point: 'point' },
    });
  });
});

describe('newIncidentRow', () => {
  const entry = (over: Partial<NewIncident> = {}): NewIncident => {
    const checked = checkNewIncident({ ...valid, ...over }, NOW);
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    return checked.value;
  };

  it('starts new without an officer, with the report as its first timeline entry', () => {
    const row = newIncidentRow(entry(), GRID, texts, '值班台-1', NOW);
    expect(row).toMatchObject({
      status: 'new',
      assigneeId: null,
      assignedAt: null,
      resolvedAt: null,
      gridId: GRID,
    });
    expect(row.timeline).toEqual([
      { at: valid.reportedAt, by: '值班台-1', kind: 'note', text: texts.reported },
    ]);
    expect(nextStatuses(row.status)).toContain('assigned');
  });

  it('starts assigned with an officer, the assignment recorded after the report; the drawer can move it on', () => {
    const row = asRow(newIncidentRow(entry({ assigneeId: OFFICER }), GRID, texts, '值班台-1', NOW));
    expect(row).toMatchObject({ status: 'assigned', assigneeId: OFFICER, assignedAt: NOW });
    expect(row.timeline.map((e) => e.kind)).toEqual(['note', 'assign']);
    const moved = incidentPatch(
      row,
      { kind: 'status', to: 'in-progress', text: '处置中' },
      '值班台-1',
      NOW + 1,
    );
    expect(moved.status).toBe('in-progress');
  });

  it('every valid entry becomes a row its schema accepts, with ordered lifecycle times', () => {
    const arbEntry = fc.record({
      type: fc.constantFrom(...incidentTypes),
      severity: fc.constantFrom(...severities),
      description: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== ''),
      source: fc.constantFrom(...incidentSources),
      point: fc.tuple(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
      ),
      assigneeId: fc.option(fc.constant(OFFICER), { nil: null }),
      reportedAt: fc.integer({ min: NOW - MAX_BACKDATE_MS, max: NOW + FUTURE_SLACK_MS }),
    });
    fc.assert(
      fc.property(arbEntry, (values) => {
        const checked = checkNewIncident(values, NOW);
        expect(checked.ok).toBe(true);
        if (!checked.ok) return;
        const row = asRow(newIncidentRow(checked.value, GRID, texts, '值班台-1', NOW));
        expect(incidentSchema.safeParse(row).success).toBe(true);
        expect(row.status).toBe(values.assigneeId === null ? 'new' : 'assigned');
        expect(row.timeline[0]).toMatchObject({ at: values.reportedAt, kind: 'note' });
        if (row.assignedAt !== null) expect(row.assignedAt).toBeGreaterThanOrEqual(row.reportedAt);
        const times = row.timeline.map((e) => e.at);
        expect([...times].sort((a, b) => a - b)).toEqual(times);
      }),
    );
  });
});

describe('roundPoint', () => {
  it('keeps six decimals (about a metre)', () => {
    expect(roundPoint([118.123456789, 24.987654321])).toEqual([118.123457, 24.987654]);
  });
});
