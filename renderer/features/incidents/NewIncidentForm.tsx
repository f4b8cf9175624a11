/**
 * 新建警情 — the form a duty officer fills in for a new incident, hosted by the board (point
 * clicked on the station map) and by the incident list (point clicked on a small map or found
 * by grid). The point comes from the host; the grid is derived from it by point-in-polygon
 * and shown as soon as it is known, and a point inside no grid is flagged at once. On save
 * every field is checked (newIncident.ts) and a refusal is shown next to its field with
 * nothing written; a valid entry is written by createIncident (row + outbox + audit).
 */
import { Alert, Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { incidentTypes, severities, type IncidentType, type LngLat, type Severity } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { severityColours } from '#renderer/theme/palette';
import { writeErrorMessage } from '#renderer/shared/roleMessage';
import { mayWrite } from '#common/domain/rolePolicy';
import { gridAtPoint, pointInsideGrid } from './gridAtPoint';
import { createIncident, NewIncidentError } from './incidentMutations';
import { incidentSources, type IncidentSource, type NewIncidentErrors } from './newIncident';
import { useNewIncidentLookups } from './useIncidents';
import './incidents.css';
import { incidentTypeKey, severityKey } from '#renderer/i18n/domainWords';
import { incidentSourceKey, newIncidentErrorKey, rolesKey } from '#renderer/i18n/keyTables';

interface Values {
  type?: IncidentType;
  severity?: Severity;
  description?: string;
  source: IncidentSource;
  reportedAt?: Dayjs | null;
  assigneeId?: string | null;
}

export interface NewIncidentFormProps {
  /** The chosen point, or null before one is chosen. */
  point: LngLat | null;
  /** Offer "locate by grid" (sets the point inside the chosen grid through `onPoint`). */
  gridPicker?: boolean;
  onPoint?(point: LngLat): void;
  onSaved(saved: { id: string; gridId: string }): void;
  onCancel(): void;
}

/** Degrees to 5 decimals (~1 m), the same in both languages (no grouping in coordinates). */
const coord = (v: number) => v.toFixed(5);

export function NewIncidentForm(props: NewIncidentFormProps) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const lookups = useNewIncidentLookups();
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<NewIncidentErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { point } = props;

  const gridId = useMemo(
    () => (point && lookups ? gridAtPoint(point, lookups.grids) : null),
    [point, lookups],
  );
  const grid = lookups?.grids.find((g) => g.id === gridId) ?? null;
  // the point's own problems are derived from it, so a new click clears or raises them at once
  const pointError = point === null ? errors.point : lookups && gridId === null ? 'point-outside' : undefined;
  const canWrite = mayWrite(session.role, 'incidents', {});

  const officerOptions = useMemo(() => {
    const officers = [...(lookups?.officers ?? [])].sort(
      (a, b) =>
        Number(b.id === grid?.officerId) - Number(a.id === grid?.officerId) ||
        Number(b.onDuty) - Number(a.onDuty) ||
        a.name.localeCompare(b.name, 'zh-CN'),
    );
    return officers.map((o) => ({
      value: o.id,
      label:
        o.id === grid?.officerId
          ? t('newIncident.assignee.gridOfficer', { name: o.name, badge: o.badgeNo })
          : o.onDuty
            ? `${o.name}（${o.badgeNo}）`
            : t('newIncident.assignee.offDuty', { name: o.name, badge: o.badgeNo }),
    }));
  }, [lookups, grid, t]);

  const fieldStatus = (field: keyof NewIncidentErrors) =>
    errors[field]
      ? {
          validateStatus: 'error' as const,
          help: <span data-testid={`ni-error-${field}`}>{t(newIncidentErrorKey[errors[field]])}</span>,
        }
      : {};

  const submit = async (): Promise<void> => {
    const v = form.getFieldsValue(true) as Values;
    setFormError(null);
    setSaving(true);
    try {
      const saved = await createIncident(
        db,
        session,
        {
          type: v.type,
          severity: v.severity,
          description: v.description ?? '',
          source: v.source,
          point,
          assigneeId: v.assigneeId ?? null,
          reportedAt: v.reportedAt?.valueOf(),
        },
        (entry, assignee) => ({
          reported: t('newIncident.timeline.reported', { source: t(incidentSourceKey[entry.source]) }),
          assigned: t('newIncident.timeline.assigned', { name: assignee ?? '' }),
        }),
      );
      setErrors({});
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof NewIncidentError) {
        setErrors(e.errors);
        setFormError(t('newIncident.refused'));
      } else setFormError(writeErrorMessage(t, e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="small"
      className="new-incident-form"
      data-testid="new-incident-form"
      initialValues={{ source: '110', reportedAt: dayjs() }}
      onValuesChange={(changed: Partial<Values>) => {
        const cleared = { ...errors };
        for (const key of Object.keys(changed)) delete cleared[key as keyof NewIncidentErrors];
        setErrors(cleared);
      }}
      onFinish={() => void submit()}
    >
      {!canWrite ? (
        <Alert
          type="warning"
          showIcon
          message={t('newIncident.readOnly', { role: t(rolesKey[session.role]) })}
          style={{ marginBottom: 8 }}
        />
      ) : null}
      <Form.Item
        label={t('newIncident.location')}
        required
        validateStatus={pointError ? 'error' : undefined}
        help={
          pointError ? (
            <span data-testid="ni-error-point" role="alert">
              {t(newIncidentErrorKey[pointError])}
            </span>
          ) : undefined
        }
      >
        <div className="ni-location" data-testid="ni-location">
          {point ? (
            <>
              <div data-testid="ni-grid" data-grid-id={grid?.id ?? ''}>
                {grid ? <b>{t('newIncident.location.grid', { code: grid.code, name: grid.name })}</b> : null}
              </div>
              <div className="muted" data-testid="ni-point" data-point={point.join(',')}>
                {t('newIncident.location.coords', {
                  lng: coord(point[0]),
                  lat: coord(point[1]),
                })}{' '}
                · {t('newIncident.location.repick')}
              </div>
            </>
          ) : (
            <span className="muted">{t('newIncident.location.none')}</span>
          )}
        </div>
      </Form.Item>
      {props.gridPicker ? (
        <Form.Item label={t('newIncident.gridPicker')}>
          <Select
            showSearch
            allowClear
            optionFilterProp="label"
            placeholder={t('newIncident.gridPicker.placeholder')}
            value={grid?.id}
            options={(lookups?.grids ?? []).map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))}
            onChange={(id?: string) => {
              const chosen = lookups?.grids.find((g) => g.id === id);
              const inside = chosen ? pointInsideGrid(chosen) : null;
              if (inside) props.onPoint?.(inside);
            }}
            data-testid="ni-grid-picker"
          />
        </Form.Item>
      ) : null}
      <Space.Compact block>
        <Form.Item
          name="type"
          label={t('newIncident.type')}
          required
          style={{ flex: 1 }}
          {...fieldStatus('type')}
        >
          <Select
            placeholder={t('newIncident.type.placeholder')}
            options={incidentTypes.map((v) => ({ value: v, label: t(incidentTypeKey[v]) }))}
            data-testid="ni-type"
          />
        </Form.Item>
        <Form.Item
          name="severity"
          label={t('newIncident.severity')}
          required
          style={{ width: 130 }}
          {...fieldStatus('severity')}
        >
          <Select
            placeholder={t('newIncident.severity.placeholder')}
            options={severities.map((v) => ({
              value: v,
              label: (
                <span>
                  <i className="swatch round" style={{ background: severityColours[v] }} />
                  {t(severityKey[v])}
                </span>
              ),
              title: t(severityKey[v]),
            }))}
            data-testid="ni-severity"
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item
        name="description"
        label={t('newIncident.description')}
        required
        {...fieldStatus('description')}
      >
        <Input.TextArea
          rows={3}
          maxLength={1000}
          placeholder={t('newIncident.description.placeholder')}
          data-testid="ni-description"
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item
          name="source"
          label={t('newIncident.source')}
          style={{ flex: 1 }}
          {...fieldStatus('source')}
        >
          <Select
            options={incidentSources.map((s) => ({ value: s, label: t(incidentSourceKey[s]) }))}
            data-testid="ni-source"
          />
        </Form.Item>
        <Form.Item
          name="reportedAt"
          label={t('newIncident.reportedAt')}
          required
          style={{ width: 190 }}
          {...fieldStatus('reportedAt')}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="ni-reported-at"
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item name="assigneeId" label={t('newIncident.assignee')} {...fieldStatus('assigneeId')}>
        <Select
          showSearch
          allowClear
          optionFilterProp="label"
          placeholder={t('newIncident.assignee.placeholder')}
          options={officerOptions}
          data-testid="ni-assignee"
        />
      </Form.Item>
      {formError ? (
        <Alert type="error" showIcon message={formError} data-testid="ni-error" style={{ marginBottom: 8 }} />
      ) : null}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} disabled={!canWrite} data-testid="ni-save">
          {t('newIncident.save')}
        </Button>
        <Button onClick={props.onCancel} data-testid="ni-cancel">
          {t('newIncident.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
