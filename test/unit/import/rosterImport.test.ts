/** Officer and volunteer-team roster imports: per-row messages, duplicates, updates by key. */
import { describe, expect, it } from 'vitest';
import { shapeTable, suggestColumns, type Cell } from '#common/import/tables/tableShape';
import { officerFields, planOfficerImport } from '#common/import/roster/officerRows';
import { planVolunteerImport, volunteerFields } from '#common/import/roster/volunteerRows';

const officer = (id: string, badgeNo: string) => ({
  id,
  name: '张伟',
  badgeNo,
  role: 'community' as const,
  phone: '13800000001',
  onDuty: true,
});

describe('officer roster', () => {
  it('reports each bad row and plans creates and updates by badge number', () => {
    const cells: Cell[][] = [
      ['姓名', '警号', '类别', '手机', '是否在岗'],
      ['张伟', '350101', '民警', '13800000001', '否'],
      ['李娜', '350102', '辅警', '138-0000-0002', ''],
      ['王强', '350102', '民警', '13800000003', '是'],
      ['赵敏', '35#', '民警', '13800000004', '是'],
      ['', '350105', '保安', '123', '也许'],
    ];
    const table = shapeTable(cells, officerFields);
    const plan = planOfficerImport(table, suggestColumns(table.header, officerFields), [
      officer('a', '350101'),
    ]);
    expect(plan.updates).toEqual([{ line: 2, id: 'a', patch: { onDuty: false } }]);
    expect(plan.creates.map((c) => [c.line, c.fields.phone, c.fields.role])).toEqual([
      [3, '13800000002', 'auxiliary'],
    ]);
    expect(plan.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [4, '警号', 'duplicate'],
      [5, '警号', 'invalid'],
      [6, '姓名', 'missing'],
      [6, '类别', 'not-allowed'],
      [6, '是否在岗', 'not-allowed'],
    ]);
  });
});

describe('volunteer-team roster', () => {
  it('maps Chinese role words and names unknown ones', () => {
    const cells: Cell[][] = [
      ['队伍名称', '队长', '人数', '职责'],
      ['金山社区近邻志愿队', '陈芳', '25', '门岗值守、巡查督导'],
      ['湖里志愿队', '林涛', '0', '门岗值守'],
      ['后坑志愿队', '黄丽', '12', '站岗放哨'],
      ['金山社区近邻志愿队', '陈芳', '25', '门岗值守'],
    ];
    const table = shapeTable(cells, volunteerFields);
    const plan = planVolunteerImport(table, suggestColumns(table.header, volunteerFields), []);
    expect(plan.creates.map((c) => c.fields.roles)).toEqual([['gate-keeper', 'patrol-supervisor']]);
    expect(plan.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, '人数', 'out-of-range'],
      [4, '职责', 'not-allowed'],
      [5, '队伍名称', 'duplicate'],
    ]);
  });
});
