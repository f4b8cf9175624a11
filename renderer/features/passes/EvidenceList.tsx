/**
 * The fusion evidence beside a registration: one line per data set, each marked 正常 / 注意 /
 * 不能通过 in words and colour (never colour alone), with the facts behind it. Computed by the
 * pure rules of common/domain/passEvidence.ts (see evidenceQuery.ts).
 */
import type { ReactNode } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { healthCodeKey, levelKey } from '#renderer/i18n/domainWords';
import { sweepsOutcomeKey } from '#renderer/i18n/keyTables';
import { formatDateTime } from '#renderer/i18n/translate';
import type { RegistrationEvidence } from './evidenceQuery';
import { addressEvidenceKey } from './passWords';

type Mark = 'ok' | 'warn' | 'block';

function Line({
  kind,
  mark,
  label,
  children,
}: {
  kind: string;
  mark: Mark;
  label: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const word =
    mark === 'ok'
      ? t('epass.evidence.ok')
      : mark === 'warn'
        ? t('epass.evidence.warn')
        : t('epass.evidence.block');
  return (
    <li className={`evidence evidence-${mark}`} data-testid={`evidence-${kind}`} data-mark={mark}>
      <span className="evidence-mark">{word}</span>
      <span className="evidence-label">{label}</span>
      <span className="evidence-text">{children}</span>
    </li>
  );
}

export function EvidenceList({ evidence }: { evidence: RegistrationEvidence }) {
  const { t, language } = useI18n();
  const { address, lastVisit, household, idPasses, codeZone, grid } = evidence;
  const gridName = grid ? `${grid.code} ${grid.name}` : t('epass.evidence.gridUnknown');
  const matched = address.kind === 'matched';
  return (
    <section className="evidence-list" aria-label={t('epass.evidence.title')}>
      <h3>{t('epass.evidence.title')}</h3>
      <ul>
        <Line kind="address" mark={matched ? 'ok' : 'warn'} label={t('epass.evidence.address')}>
          {t(addressEvidenceKey[address.kind], { grid: gridName })}
        </Line>
        <Line kind="visit" mark={matched && lastVisit ? 'ok' : 'warn'} label={t('epass.evidence.visit')}>
          {!matched
            ? t('epass.evidence.visit.noAddress')
            : lastVisit
              ? t('epass.evidence.visit.value', {
                  time: formatDateTime(lastVisit.visitedAt, language),
                  outcome: t(sweepsOutcomeKey[lastVisit.outcome]),
                  n: lastVisit.unregisteredFound,
                  team: lastVisit.team,
                })
              : t('epass.evidence.visit.none')}
        </Line>
        <Line
          kind="household"
          mark={household === null || household.wouldExceed ? 'warn' : 'ok'}
          label={t('epass.evidence.household')}
        >
          {household === null ? (
            t('epass.evidence.household.none')
          ) : (
            <>
              <span
                data-approved={household.approved}
                data-size={household.size}
                data-testid="household-figures"
              >
                {t('epass.evidence.household.value', { approved: household.approved, size: household.size })}
              </span>
              {household.wouldExceed ? <b> · {t('epass.evidence.household.full')}</b> : null}
            </>
          )}
        </Line>
        <Line kind="id" mark={idPasses.kind === 'elsewhere' ? 'warn' : 'ok'} label={t('epass.evidence.id')}>
          {idPasses.kind === 'unchecked'
            ? t('epass.evidence.id.unchecked')
            : idPasses.kind === 'none'
              ? t('epass.evidence.id.none')
              : t('epass.evidence.id.elsewhere', {
                  approved: idPasses.approved,
                  addresses: idPasses.addresses,
                })}
        </Line>
        <Line kind="code" mark={codeZone.allowed ? 'ok' : 'block'} label={t('epass.evidence.code')}>
          {t(codeZone.allowed ? 'epass.evidence.code.allowed' : 'epass.evidence.code.blocked', {
            colour: t(healthCodeKey[codeZone.colour]),
            level: t(levelKey[codeZone.level]),
          })}
        </Line>
      </ul>
    </section>
  );
}
