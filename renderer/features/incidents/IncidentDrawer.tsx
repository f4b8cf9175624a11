/**
 * One incident: its details (editable: type, severity, description), assignment, status moves
 * allowed from where it stands, notes, and its timeline. Every change is validated before it
 * is written; a refused one says why next to the action and writes nothing.
 */
import { App, Button, Descriptions, Drawer, Form, Input, Select, Space, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { ZodError } from 'zod';
import { incidentTypes, severities, type Incident } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { RoleForbiddenError } from '#common/domain/rolePolicy';
import { IncidentRuleError, nextStatuses, type IncidentEdit } from './incidentFlow';
import { editIncident } from './incidentMutations';
import { useIncident, useNameLookups } from './useIncidents';
import { incidentStatusKey, incidentTypeKey, severityKey } from '#renderer/i18n/domainWords';
import { incidentErrorKey, rolesKey } from '#renderer/i18n/keyTables';

type FieldValues = Pick<Incident, 'type' | 'severity' | 'description'>;

export function IncidentDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const incident = useIncident(id);
  const names = useNameLookups();
  const { message } = App.useApp();
  const [form] = Form.useForm<FieldValues>();
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<{ id: string; text: string } | null>(null);
  const error = failure && failure.id === id ? failure.text : null;
  const setError = (text: string | null) => setFailure(text === null || id === null ? null : { id, text });

  useEffect(() => {
    if (incident)
      form.setFieldsValue({
        type: incident.type,
        severity: incident.severity,
        description: incident.description,
      });
  }, [incident, form]);

  const run = async (edit: IncidentEdit) => {
    if (!incident) return;
    try {
      await editIncident(db, session, incident.id, edit);
      setError(null);
      void message.success(t('incident.saved'));
    } catch (e) {
      if (e instanceof IncidentRuleError) setError(t(incidentErrorKey[e.code]));
      else if (e instanceof ZodError)
        setError(t('incident.error.invalid', { reason: e.issues[0]?.message ?? '' }));
      else if (e instanceof RoleForbiddenError)
        setError(t('roles.forbidden', { role: t(rolesKey[session.role]) }));
      else throw e;
    }
  };

  return (
    <Drawer open={id !== null} onClose={onClose} width={520} title={t('incident.detail')} destroyOnHidden>
      {incident ? (
        <div data-testid="incident-drawer" data-incident-id={incident.id}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('incidents.col.reportedAt')}>
              {formatDateTime(incident.reportedAt, language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.col.grid')}>
              {names?.grids.get(incident.gridId)?.code} {names?.grids.get(incident.gridId)?.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.col.status')}>
              <span data-testid="incident-status">{t(incidentStatusKey[incident.status])}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('incidents.col.assignee')}>
              {incident.assigneeId
                ? names?.officers.get(incident.assigneeId)?.name
                : t('incident.unassigned')}
            </Descriptions.Item>
          </Descriptions>

          <h4>{t('incident.fields')}</h4>
          <Form form={form} layout="vertical" onFinish={(fields) => void run({ kind: 'fields', fields })}>
            <Space.Compact block>
              <Form.Item name="type" label={t('incidents.col.type')} style={{ flex: 1 }}>
                <Select
                  options={incidentTypes.map((v) => ({ value: v, label: t(incidentTypeKey[v]) }))}
                  data-testid="incident-type"
                />
              </Form.Item>
              <Form.Item name="severity" label={t('incidents.col.severity')} style={{ width: 120 }}>
                <Select
                  options={severities.map((v) => ({ value: v, label: t(severityKey[v]) }))}
                  data-testid="incident-severity"
                />
              </Form.Item>
            </Space.Compact>
            <Form.Item
              name="description"
              label={t('incidents.col.description')}
              rules={[
                {
                  required: true,
                  whitespace: true,
                  message: t('incident.error.invalid', { reason: t('incidents.col.description') }),
                },
              ]}
            >
              <Input.TextArea rows={3} maxLength={1000} data-testid="incident-description" />
            </Form.Item>
            <Button type="primary" htmlType="submit" data-testid="incident-save">
              {t('incident.save')}
            </Button>
          </Form>

          <h4 style={{ marginTop: 16 }}>{t('incident.assign')}</h4>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: '100%' }}
            placeholder={t('incident.assign.placeholder')}
            value={incident.assigneeId ?? undefined}
            options={[...(names?.officers ?? new Map()).entries()].map(([oid, o]) => ({
              value: oid,
              label: `${o.name}（${o.badgeNo}）`,
            }))}
            onChange={(assigneeId: string) =>
              void run({
                kind: 'assign',
                assigneeId,
                text: names?.officers.get(assigneeId)?.name ?? assigneeId,
              })
            }
            data-testid="incident-assign"
          />
          <Space wrap style={{ marginTop: 12 }}>
            {nextStatuses(incident.status).map((to) => (
              <Button
                key={to}
                onClick={() => void run({ kind: 'status', to, text: t(incidentStatusKey[to]) })}
                data-testid={`move-${to}`}
              >
                {t('incident.moveTo', { status: t(incidentStatusKey[to]) })}
              </Button>
            ))}
          </Space>
          {error ? (
            <p className="warn" role="alert" data-testid="incident-error">
              {error}
            </p>
          ) : null}

          <h4 style={{ marginTop: 16 }}>{t('incident.note')}</h4>
          <Space.Compact block>
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={500}
              data-testid="incident-note"
            />
            <Button
              onClick={() => {
                void run({ kind: 'note', text: note }).then(() => setNote(''));
              }}
            >
              {t('incident.note.add')}
            </Button>
          </Space.Compact>

          <h4 style={{ marginTop: 16 }}>{t('incident.timeline')}</h4>
          <Timeline
            items={[...incident.timeline].reverse().map((e) => ({
              children: (
                <span>
                  <b>{formatDateTime(e.at, language)}</b> {e.by} · {e.text}
                </span>
              ),
            }))}
          />
        </div>
      ) : null}
    </Drawer>
  );
}
