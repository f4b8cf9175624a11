/** The incident list: the day's reported incidents in time order, with grid and assignee names. */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildIncidentRows } from '#renderer/features/reports/build/incidentsPart';
import { at, id, incidents, smallStationDay, withData } from './smallStationDay';

describe('buildIncidentRows', () => {
  it('lists only the incidents reported that day, earliest first, with names for ids', () => {
    const data = smallStationDay();
    expect(buildIncidentRows(dayFacts(data))).toEqual([
      {
        id: incidents.newOpen.id,
        reportedAt: at(8),
        type: 'gathering',
        severity: 'medium',
        status: 'new',
        resolvedAt: null,
        gridCode: 'HS-002',
        gridName: '二号网格',
        assigneeName: null,
        description: '警情42',
      },
      {
        id: incidents.resolvedSameDay.id,
        reportedAt: at(9),
        type: 'dispute',
        severity: 'high',
        status: 'resolved',
        resolvedAt: at(11),
        gridCode: 'HS-001',
        gridName: '一号网格',
        assigneeName: '张萱兰',
        description: '警情41',
      },
    ]);
  });

  it('leaves the grid blank and the assignee empty when their ids name nothing known', () => {
    const stray = { ...incidents.newOpen, gridId: id(29), assigneeId: id(99) };
    const rows = buildIncidentRows(dayFacts(withData({ incidents: { rows: [stray], problems: [] } })));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gridCode: '', gridName: '', assigneeName: null });
    expect(JSON.stringify(rows)).not.toContain(id(99));
  });
});
