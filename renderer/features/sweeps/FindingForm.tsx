/**
 * Records a person found on one of this session's visits: kind, name (stored masked), resident
 * ID (checked; stored only as an irreversible mask plus, when the centre's key is cached, an
 * envelope only the centre opens). Without the key the form says the ID is kept masked only.
 * A refused ID says why next to the field and nothing is saved; the typed number is cleared
 * after a save.
 */
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { findingKinds, type FindingKind, type VisitOutcome } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatTime } from '#renderer/i18n/translate';
import { cachedIdentityKey } from '#renderer/sync/identityKey';
import type { FindingField, FindingProblem } from './findingRow';
import { saveFinding } from './sweepMutations';
import { sweepsErrorKey, sweepsFindingKindKey } from '#renderer/i18n/keyTables';

/** A visit saved at this workstation in this session. */
export interface SessionVisit {
  id: string;
  gridId: string;
  label: string;
  outcome: VisitOutcome;
  at: number;
}

export function FindingForm({ visits }: { visits: readonly SessionVisit[] }) {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [visitId, setVisitId] = useState<string | null>(null);
  const [kind, setKind] = useState<FindingKind>('unregistered');
  const [name, setName] = useState('');
  const [residentId, setResidentId] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FindingField, FindingProblem>>>({});
  const visit = visits.find((v) => v.id === visitId) ?? visits[0] ?? null;
  const centreKey = useLiveQuery(() => cachedIdentityKey(db), [db]);

  const item = (f: FindingField) => ({
    validateStatus: errors[f] ? ('error' as const) : undefined,
    help: errors[f] ? (
      <span data-testid={`finding-error-${f}`}>{t(sweepsErrorKey[errors[f]])}</span>
    ) : undefined,
  });

  const save = async () => {
    const result = await saveFinding(db, session, {
      visit: visit ? { id: visit.id, gridId: visit.gridId } : null,
      kind,
      name,
      residentId,
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setName('');
    setResidentId('');
    const row = await db.findings.get(result.id);
    void message.success(t('sweeps.finding.saved', { name: row?.maskedName ?? '', id: row?.idMasked ?? '' }));
  };

  return (
    <Form layout="vertical" component="div" className="finding-form" data-testid="finding-form">
      <h4>{t('sweeps.finding.title')}</h4>
      {centreKey === null && (
        <Alert type="warning" showIcon message={t('sweeps.finding.noKey')} data-testid="finding-no-key" />
      )}
      <Form.Item label={t('sweeps.finding.visit')} {...item('visit')}>
        <Select
          value={visit?.id}
          onChange={(id: string) => setVisitId(id)}
          options={visits.map((v) => ({ value: v.id, label: `${formatTime(v.at, language)} ${v.label}` }))}
          aria-label={t('sweeps.finding.visit')}
          data-testid="finding-visit"
        />
      </Form.Item>
      <Form.Item label={t('sweeps.finding.kind')} {...item('kind')}>
        <Select
          value={kind}
          onChange={(k: FindingKind) => setKind(k)}
          options={findingKinds.map((k) => ({ value: k, label: t(sweepsFindingKindKey[k]) }))}
          aria-label={t('sweeps.finding.kind')}
          data-testid="finding-kind"
        />
      </Form.Item>
      <Form.Item label={t('sweeps.finding.name')} {...item('name')}>
        <Input
          value={name}
          maxLength={30}
          onChange={(e) => setName(e.target.value)}
          aria-label={t('sweeps.finding.name')}
          data-testid="finding-name"
        />
      </Form.Item>
      <Form.Item
        label={t('sweeps.finding.residentId')}
        {...item('residentId')}
        extra={t('sweeps.finding.privacy')}
      >
        <Input
          value={residentId}
          maxLength={18}
          autoComplete="off"
          onChange={(e) => setResidentId(e.target.value)}
          onPressEnter={() => void save()}
          aria-label={t('sweeps.finding.residentId')}
          data-testid="finding-resident-id"
        />
      </Form.Item>
      <Button onClick={() => void save()} data-testid="finding-save">
        {t('sweeps.finding.save')}
      </Button>
    </Form>
  );
}
