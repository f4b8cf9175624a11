/** Volunteer teams 志愿者队伍: leader, members, roles and where they are assigned, with assign and withdraw. */
import { Button, Drawer, Popconfirm, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { VolunteerTeam } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { AssignForm } from './AssignForm';
import { withdrawAssignment } from './siteMutations';
import type { TeamData } from './siteQueries';
import { freeMembers } from './teamRules';
import { volunteerRoleKey } from '#renderer/i18n/keyTables';

export function TeamTable({ data, height }: { data: TeamData; height: number }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = data.teams.find((x) => x.id === openId) ?? null;

  const columns: ColumnsType<VolunteerTeam> = [
    { title: t('team.col.name'), dataIndex: 'name', width: 200 },
    { title: t('team.col.leader'), dataIndex: 'leader', width: 90 },
    {
      title: t('team.col.members'),
      key: 'members',
      width: 90,
      render: (_, team) => `${freeMembers(team)} / ${team.members}`,
    },
    {
      title: t('team.col.roles'),
      key: 'roles',
      width: 220,
      render: (_, team) => team.roles.map((r) => <Tag key={r}>{t(volunteerRoleKey[r])}</Tag>),
    },
    {
      title: t('team.col.assignments'),
      key: 'assignments',
      render: (_, team) =>
        team.assignments.length === 0 ? (
          <span className="muted">{t('team.assign.none')}</span>
        ) : (
          <div data-testid="team-assignments">
            {team.assignments.map((a, i) => (
              <div key={`${a.checkpointId ?? a.siteId ?? ''}:${a.role}`} data-testid="team-assignment">
                {data.postNames.get(a.checkpointId ?? a.siteId ?? '') ?? '?'} · {t(volunteerRoleKey[a.role])}{' '}
                · {a.members}
                <Popconfirm
                  title={t('team.assign.remove')}
                  onConfirm={() => void withdrawAssignment(db, session, team.id, i)}
                >
                  <Button size="small" type="link" danger>
                    {t('team.assign.remove')}
                  </Button>
                </Popconfirm>
              </div>
            ))}
          </div>
        ),
    },
    {
      title: '',
      key: 'act',
      width: 80,
      render: (_, team) => (
        <Button size="small" onClick={() => setOpenId(team.id)} data-testid="team-assign">
          {t('team.assign')}
        </Button>
      ),
    },
  ];
  return (
    <>
      <Table<VolunteerTeam>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={data.teams}
        pagination={false}
        scroll={{ y: height }}
        onRow={(team) => ({ 'data-team-id': team.id }) as React.HTMLAttributes<HTMLElement>}
        rowClassName="team-row"
      />
      <Drawer
        open={open !== null}
        onClose={() => setOpenId(null)}
        size={480}
        title={open ? t('team.assign.title', { name: open.name }) : ''}
        destroyOnHidden
      >
        {open ? <AssignForm key={open.id} team={open} data={data} onDone={() => setOpenId(null)} /> : null}
      </Drawer>
    </>
  );
}
