/**
 * The filter bar of both audit logs (this workstation's and the centre's): person, entity and
 * time range, each cleared on its own. The caller supplies the choices and where the filter
 * goes; `testIdPrefix` keeps each log's controls addressable apart (`audit-filter-who`,
 * `centre-audit-who`…).
 */
import { DatePicker, Select } from 'antd';
import type { ReactNode } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';

export interface AuditFilterValue {
  who: string | null;
  entity: string | null;
  range: [number, number] | null;
}

export interface FilterChoice {
  value: string;
  label: string;
}

interface Props {
  testIdPrefix: string;
  value: AuditFilterValue;
  onChange: (next: AuditFilterValue) => void;
  people: readonly FilterChoice[];
  entities: readonly FilterChoice[];
  children?: ReactNode;
}

export function AuditFilterBar({ testIdPrefix, value, onChange, people, entities, children }: Props) {
  const { t } = useI18n();
  return (
    <div className="filters">
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={t('audit.filter.who')}
        aria-label={t('audit.filter.who')}
        style={{ width: 180 }}
        data-testid={`${testIdPrefix}-who`}
        value={value.who}
        onChange={(who: string | undefined) => onChange({ ...value, who: who ?? null })}
        options={[...people]}
      />
      <Select
        allowClear
        placeholder={t('audit.filter.entity')}
        aria-label={t('audit.filter.entity')}
        style={{ width: 180 }}
        data-testid={`${testIdPrefix}-entity`}
        value={value.entity}
        onChange={(entity: string | undefined) => onChange({ ...value, entity: entity ?? null })}
        options={[...entities]}
      />
      <DatePicker.RangePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        data-testid={`${testIdPrefix}-range`}
        onChange={(v) =>
          onChange({ ...value, range: v?.[0] && v[1] ? [v[0].valueOf(), v[1].valueOf()] : null })
        }
      />
      {children}
    </div>
  );
}
