/**
 * Assign a volunteer team to a checkpoint or testing site with a role and a member count. The
 * rules (teamRules.ts) are checked on save; a broken one shows next to its field, nothing saved.
 */
import { App, Button, Form, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import type { VolunteerRole, VolunteerTeam } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { assignTeam, AssignmentRuleError } from './siteMutations';
import type { TeamData } from './siteQueries';
import { freeMembers, type AssignmentDraft, type AssignmentErrors } from './teamRules';
import { teamErrorKey, volunteerRoleKey } from '#renderer/i18n/keyTables';

export function AssignForm({ team, data, onDone }: { team: VolunteerTeam; data: TeamData; onDone(): void }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<AssignmentDraft>({
    post: null,
    role: team.roles[0] ?? null,
    members: 1,
  });
  const [errors, setErrors] = useState<AssignmentErrors>({});
  const free = freeMembers(team);
  const say = (field: keyof AssignmentErrors) => {
    const code = errors[field];
    if (!code) return { validateStatus: '' as const, help: undefined };
    const text = t(teamErrorKey[code], { n: Math.max(free, 0) });
    return {
      validateStatus: 'error' as const,
      help: <span data-testid={`assign-${field}-error`}>{text}</span>,
    };
  };
  const postOptions = [
    {
      label: t('nav.checkpoints'),
      options: data.checkpoints.map((c) => ({ value: `checkpoint:${c.id}`, label: c.name })),
    },
    {
      label: t('nav.sites'),
      options: data.sites.map((s) => ({ value: `site:${s.id}`, label: `${s.name}（${s.day}）` })),
    },
  ];
  const save = async () => {
    try {
      await assignTeam(db, session, team.id, draft);
      void message.success(t('team.saved'));
      onDone();
    } catch (e) {
      if (e instanceof AssignmentRuleError) setErrors(e.errors);
      else throw e;
    }
  };
  return (
    <Form layout="vertical" size="small" data-testid="assign-form">
      <Form.Item label={t('team.assign.post')} {...say('post')}>
        <Select
          showSearch
          optionFilterProp="label"
          value={draft.post ? `${draft.post.kind}:${draft.post.id}` : undefined}
          options={postOptions}
          onChange={(v: string) => {
            const [kind, id] = v.split(':');
            setDraft({
              ...draft,
              post: id && (kind === 'checkpoint' || kind === 'site') ? { kind, id } : null,
            });
          }}
          aria-label={t('team.assign.post')}
          data-testid="assign-post"
        />
      </Form.Item>
      <Space>
        <Form.Item label={t('team.assign.role')} {...say('role')}>
          <Select
            style={{ width: 160 }}
            value={draft.role ?? undefined}
            options={team.roles.map((r) => ({ value: r, label: t(volunteerRoleKey[r]) }))}
            onChange={(role: VolunteerRole) => setDraft({ ...draft, role })}
            aria-label={t('team.assign.role')}
            data-testid="assign-role"
          />
        </Form.Item>
        <Form.Item label={t('team.assign.members')} {...say('members')}>
          <InputNumber
            min={0}
            precision={0}
            value={draft.members}
            onChange={(members) =>
              setDraft({ ...draft, members: typeof members === 'number' ? members : null })
            }
            aria-label={t('team.assign.members')}
            data-testid="assign-members"
          />
        </Form.Item>
      </Space>
      <Space>
        <Button type="primary" onClick={() => void save()} data-testid="assign-save">
          {t('team.assign.save')}
        </Button>
        <Button onClick={onDone}>{t('cp.shift.cancel')}</Button>
      </Space>
    </Form>
  );
}
