/**
 * Checks the rows of an officer roster (民警/辅警名册) and plans the import: name, badge number,
 * role (民警 / 辅警 / 增援, or the English codes), phone, on duty (是/否, default 是). A badge
 * number twice in the file is an error naming the first line; a badge the station already has
 * updates that officer in place (the id, and so grid assignments and rosters, stay attached).
 */
import { officerRoles, officerSchema, type Officer, type OfficerRole } from '../../schemas/station';
import { readText, textOf, rowCells } from '../tables/cellReaders';
import { rowIssue, type RowIssue } from '../tables/rowIssues';
import type { ColumnMapping, FieldSpec, TableShape } from '../tables/tableShape';

export const officerFields = [
  { key: 'name', required: true, synonyms: ['name', '姓名', '民警姓名'] },
  { key: 'badgeNo', required: true, synonyms: ['badge', 'badgeno', 'badge_no', '警号', '编号'] },
  { key: 'role', required: true, synonyms: ['role', '类别', '身份', '人员类别', '角色'] },
  { key: 'phone', required: true, synonyms: ['phone', 'mobile', '手机', '电话', '联系电话', '手机号'] },
  { key: 'onDuty', required: false, synonyms: ['onduty', 'on_duty', '在岗', '是否在岗'] },
] as const satisfies readonly FieldSpec<string>[];
export type OfficerField = (typeof officerFields)[number]['key'];

const roleWords: Record<string, OfficerRole> = {
  民警: 'community',
  社区民警: 'community',
  辅警: 'auxiliary',
  增援: 'reinforcement',
  增援警力: 'reinforcement',
  ...Object.fromEntries(officerRoles.map((r) => [r, r])),
};
const yes = new Set(['是', 'y', 'yes', 'true', '1', '在岗']);
const no = new Set(['否', 'n', 'no', 'false', '0', '不在岗']);

type OfficerFields = Pick<Officer, 'name' | 'badgeNo' | 'role' | 'phone' | 'onDuty'>;

export interface OfficerImportPlan {
  creates: Array<{ line: number; fields: OfficerFields }>;
  updates: Array<{ line: number; id: string; patch: Partial<OfficerFields> }>;
  unchanged: number;
  issues: RowIssue[];
}

const rowSchema = officerSchema.pick({ name: true, badgeNo: true, role: true, phone: true, onDuty: true });

export function planOfficerImport(
  table: TableShape,
  mapping: ColumnMapping<OfficerField>,
  existing: ReadonlyArray<Pick<Officer, 'id' | keyof OfficerFields>>,
): OfficerImportPlan {
  const plan: OfficerImportPlan = { creates: [], updates: [], unchanged: 0, issues: [] };
  const byBadge = new Map(existing.map((o) => [o.badgeNo, o]));
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const ref = rowCells(table, mapping, row);
    const found: RowIssue[] = [];
    const text = (field: OfficerField, max: number) => {
      const r = readText(ref(field), { required: field !== 'onDuty', max });
      if (!r.ok) found.push(r.issue);
      return r.ok ? r.value : '';
    };
    const name = text('name', 30);
    const badgeNo = text('badgeNo', 12).toUpperCase();
    const roleText = text('role', 20);
    const phone = text('phone', 20).replace(/[\s-]/g, '');
    const dutyText = textOf(ref('onDuty').value).toLowerCase();
    const role = roleWords[roleText];
    if (roleText !== '' && !role)
      found.push(
        rowIssue(
          row.line,
          ref('role').column,
          'not-allowed',
          `role "${roleText}" is not 民警, 辅警 or 增援`,
          { value: roleText },
        ),
      );
    const onDuty = dutyText === '' || yes.has(dutyText) ? true : no.has(dutyText) ? false : null;
    if (onDuty === null)
      found.push(
        rowIssue(row.line, ref('onDuty').column, 'not-allowed', `"${dutyText}" is not 是 or 否`, {
          value: dutyText,
        }),
      );
    if (found.length > 0) {
      plan.issues.push(...found);
      continue;
    }
    const parsed = rowSchema.safeParse({ name, badgeNo, role, phone, onDuty });
    if (!parsed.success) {
      for (const p of parsed.error.issues) {
        const field = String(p.path[0]) as OfficerField;
        plan.issues.push(
          rowIssue(row.line, ref(field).column, 'invalid', `${field}: ${p.message}`, {
            field,
            reason: p.message,
          }),
        );
      }
      continue;
    }
    const earlier = firstLine.get(parsed.data.badgeNo);
    if (earlier !== undefined) {
      plan.issues.push(
        rowIssue(row.line, ref('badgeNo').column, 'duplicate', `badge also on line ${earlier}`, {
          other: earlier,
        }),
      );
      continue;
    }
    firstLine.set(parsed.data.badgeNo, row.line);
    const stored = byBadge.get(parsed.data.badgeNo);
    if (!stored) {
      plan.creates.push({ line: row.line, fields: parsed.data });
      continue;
    }
    const patch: Partial<OfficerFields> = {};
    for (const k of ['name', 'role', 'phone', 'onDuty'] as const)
      if (stored[k] !== parsed.data[k]) Object.assign(patch, { [k]: parsed.data[k] });
    if (Object.keys(patch).length === 0) plan.unchanged += 1;
    else plan.updates.push({ line: row.line, id: stored.id, patch });
  }
  return plan;
}
