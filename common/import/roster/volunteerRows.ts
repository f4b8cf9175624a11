/**
 * Checks the rows of a volunteer-team roster (志愿者队伍) and plans the import: team name,
 * leader, member count, roles (门岗值守 / 巡查督导 / 检测点秩序, several separated by 、 , / ;).
 * A team name twice in the file is an error naming the first line; a team the station already
 * has (same name) is updated in place, keeping its deployments.
 */
import {
  volunteerRoles,
  volunteerTeamSchema,
  type VolunteerRole,
  type VolunteerTeam,
} from '../../schemas/volunteerTeam';
import { readNumber, readText, rowCells } from '../tables/cellReaders';
import { rowIssue, type RowIssue } from '../tables/rowIssues';
import type { ColumnMapping, FieldSpec, TableShape } from '../tables/tableShape';

export const volunteerFields = [
  { key: 'name', required: true, synonyms: ['name', 'team', '队伍', '队伍名称', '志愿者队伍', '名称'] },
  { key: 'leader', required: true, synonyms: ['leader', '队长', '负责人', '带队人'] },
  { key: 'members', required: true, synonyms: ['members', '人数', '队员人数', '成员数'] },
  { key: 'roles', required: true, synonyms: ['roles', 'role', '职责', '岗位', '任务'] },
] as const satisfies readonly FieldSpec<string>[];
export type VolunteerField = (typeof volunteerFields)[number]['key'];

const roleWords: Record<string, VolunteerRole> = {
  门岗值守: 'gate-keeper',
  门岗: 'gate-keeper',
  卡口值守: 'gate-keeper',
  巡查督导: 'patrol-supervisor',
  巡查: 'patrol-supervisor',
  检测点秩序: 'testing-order',
  检测点秩序维护: 'testing-order',
  秩序维护: 'testing-order',
  ...Object.fromEntries(volunteerRoles.map((r) => [r, r])),
};

type TeamFields = Pick<VolunteerTeam, 'name' | 'leader' | 'members' | 'roles'>;

export interface VolunteerImportPlan {
  creates: Array<{ line: number; fields: TeamFields }>;
  updates: Array<{ line: number; id: string; patch: Partial<TeamFields> }>;
  unchanged: number;
  issues: RowIssue[];
}

const rowSchema = volunteerTeamSchema.pick({ name: true, leader: true, members: true, roles: true });

export function planVolunteerImport(
  table: TableShape,
  mapping: ColumnMapping<VolunteerField>,
  existing: ReadonlyArray<Pick<VolunteerTeam, 'id' | keyof TeamFields>>,
): VolunteerImportPlan {
  const plan: VolunteerImportPlan = { creates: [], updates: [], unchanged: 0, issues: [] };
  const byName = new Map(existing.map((t) => [t.name, t]));
  const firstLine = new Map<string, number>();
  for (const row of table.rows) {
    const ref = rowCells(table, mapping, row);
    const found: RowIssue[] = [];
    const keep = <T>(r: { ok: true; value: T } | { ok: false; issue: RowIssue }, fallback: T): T =>
      r.ok ? r.value : (found.push(r.issue), fallback);
    const name = keep(readText(ref('name'), { required: true, max: 60 }), '');
    const leader = keep(readText(ref('leader'), { required: true, max: 30 }), '');
    const members = keep(
      readNumber(ref('members'), { required: true, min: 1, max: 1000, integer: true }),
      null,
    );
    const roleText = keep(readText(ref('roles'), { required: true, max: 100 }), '');
    const words = roleText.split(/[、,，/;；\s]+/).filter((w) => w !== '');
    const unknown = words.filter((w) => !roleWords[w]);
    if (unknown.length > 0)
      found.push(
        rowIssue(row.line, ref('roles').column, 'not-allowed', `unknown role(s): ${unknown.join(', ')}`, {
          value: unknown.join('、'),
        }),
      );
    if (found.length > 0) {
      plan.issues.push(...found);
      continue;
    }
    const roles = [...new Set(words.map((w) => roleWords[w]!))];
    const parsed = rowSchema.safeParse({ name, leader, members, roles });
    if (!parsed.success) {
      for (const p of parsed.error.issues) {
        const field = String(p.path[0]) as VolunteerField;
        plan.issues.push(
          rowIssue(row.line, ref(field).column, 'invalid', `${field}: ${p.message}`, {
            field,
            reason: p.message,
          }),
        );
      }
      continue;
    }
    const earlier = firstLine.get(name);
    if (earlier !== undefined) {
      plan.issues.push(
        rowIssue(row.line, ref('name').column, 'duplicate', `team also on line ${earlier}`, {
          other: earlier,
        }),
      );
      continue;
    }
    firstLine.set(name, row.line);
    const stored = byName.get(name);
    if (!stored) {
      plan.creates.push({ line: row.line, fields: parsed.data });
      continue;
    }
    const patch: Partial<TeamFields> = {};
    if (stored.leader !== leader) patch.leader = leader;
    if (stored.members !== parsed.data.members) patch.members = parsed.data.members;
    if ([...stored.roles].sort().join() !== [...roles].sort().join()) patch.roles = roles;
    if (Object.keys(patch).length === 0) plan.unchanged += 1;
    else plan.updates.push({ line: row.line, id: stored.id, patch });
  }
  return plan;
}
