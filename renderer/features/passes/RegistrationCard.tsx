/**
 * One registration as the reviewer reads it: masked name, masked ID, masked phone, claimed
 * address, household role, source, submitted time, health code with the time it was read, the
 * intake flags, and — once decided — status, reviewer, reason and validity. Nothing personal
 * is shown whole: the name and ID come masked from intake, the phone is masked here.
 */
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { maskPhone } from '#common/domain/phoneMask';
import type { PassRegistration } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import {
  healthCodeKey,
  householdRoleKey,
  intakeFlagKey,
  passReasonKey,
  passSourceKey,
  passStatusKey,
} from '#renderer/i18n/domainWords';
import { formatDateTime } from '#renderer/i18n/translate';
import { claimLabel } from './claimLabel';

interface Props {
  reg: PassRegistration;
  /** The reviewer's name, for a decided registration. */
  reviewerName?: string | null;
}

export function RegistrationCard({ reg, reviewerName }: Props) {
  const { t, language } = useI18n();
  const time = (ms: number) => formatDateTime(ms, language);
  const items: { key: string; label: string; children: ReactNode; span?: number }[] = [
    { key: 'name', label: t('epass.field.name'), children: <b data-testid="reg-name">{reg.maskedName}</b> },
    { key: 'id', label: t('epass.field.id'), children: <span data-testid="reg-id">{reg.idMasked}</span> },
    {
      key: 'phone',
      label: t('epass.field.phone'),
      children: <span data-testid="reg-phone">{maskPhone(reg.phone)}</span>,
    },
    { key: 'role', label: t('epass.field.role'), children: t(householdRoleKey[reg.householdRole]) },
    {
      key: 'address',
      label: t('epass.field.address'),
      span: 2,
      children: <span data-testid="reg-address">{claimLabel(reg.claimedAddress)}</span>,
    },
    {
      key: 'code',
      label: t('epass.field.code'),
      children: (
        <span
          className={`code-colour code-${reg.healthCode}`}
          data-testid="reg-code"
          data-colour={reg.healthCode}
        >
          {t('epass.field.codeAt', {
            colour: t(healthCodeKey[reg.healthCode]),
            time: time(reg.healthCodeAt),
          })}
        </span>
      ),
    },
    { key: 'submitted', label: t('epass.field.submitted'), children: time(reg.submittedAt) },
    { key: 'source', label: t('epass.field.source'), children: t(passSourceKey[reg.source]) },
    {
      key: 'flags',
      label: t('epass.field.flags'),
      children:
        reg.flags.length === 0 ? (
          t('epass.field.noFlags')
        ) : (
          <span data-testid="reg-flags">
            {reg.flags.map((f) => (
              <Tag key={f} color="warning" data-flag={f}>
                {t(intakeFlagKey[f])}
              </Tag>
            ))}
          </span>
        ),
    },
  ];
  if (reg.status !== 'pending') {
    items.push(
      {
        key: 'status',
        label: t('epass.field.status'),
        children: <span data-testid="reg-status">{t(passStatusKey[reg.status])}</span>,
      },
      {
        key: 'reviewed',
        label: t('epass.field.reviewed'),
        children:
          reg.reviewedAt === null
            ? '—'
            : t('epass.field.reviewedValue', {
                officer: reviewerName ?? reg.reviewedBy ?? '—',
                time: time(reg.reviewedAt),
              }),
      },
    );
    if (reg.reason !== null)
      items.push({
        key: 'reason',
        label: t('epass.field.reason'),
        children: [t(passReasonKey[reg.reason]), reg.reasonNote].filter((s) => s !== '').join('：'),
      });
    if (reg.status === 'approved')
      items.push({
        key: 'valid',
        label: t('epass.field.valid'),
        children: t('epass.field.validValue', { from: time(reg.validFrom), until: time(reg.validUntil) }),
      });
  }
  return (
    // A plain two-column list, not antd's Descriptions: it re-renders on every decision.
    <dl className="reg-card" data-testid="reg-card">
      {items.map((item) => (
        <div key={item.key} className={item.span === 2 ? 'reg-field wide' : 'reg-field'}>
          <dt>{item.label}</dt>
          <dd>{item.children}</dd>
        </div>
      ))}
    </dl>
  );
}
