/**
 * The six KPI tiles of the situation board. Every figure is from `computeKpis`; each tile
 * carries a `data-kpi` name and its raw value so tests can compare it with the cache.
 */
import type { ReactNode } from 'react';
import { controlLevels, severities } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber, formatPercent } from '#renderer/i18n/translate';
import { levelColours, severityColours } from '#renderer/theme/palette';
import type { Kpis } from '#renderer/station/kpis';
import { RosterGapsSummary } from '#renderer/features/checkpoints';
import { levelKey, severityKey } from '#renderer/i18n/domainWords';

function Tile(props: {
  name: string;
  value: string | number;
  title: string;
  children?: ReactNode;
  alert?: boolean;
}) {
  return (
    <section
      className={`kpi-tile${props.alert ? ' alert' : ''}`}
      data-kpi={props.name}
      data-value={props.value}
    >
      <h3>{props.title}</h3>
      {props.children}
    </section>
  );
}

/** `children`: further tiles at the end of the row (the fusion tile). */
export function KpiTiles({ kpis, children }: { kpis: Kpis; children?: ReactNode }) {
  const { t, language } = useI18n();
  const n = (v: number) => formatNumber(v, language);
  return (
    <div className="kpi-row">
      <Tile
        name="grids-by-level"
        value={controlLevels.map((l) => kpis.gridsByLevel[l]).join('/')}
        title={t('kpi.gridsByLevel')}
      >
        <div className="level-counts">
          {controlLevels.map((level) => (
            <span key={level} data-level={level} data-count={kpis.gridsByLevel[level]}>
              <i className="swatch" style={{ background: levelColours[level] }} />
              {t(levelKey[level])} <b>{n(kpis.gridsByLevel[level])}</b>
            </span>
          ))}
        </div>
        <p className="muted">{t('kpi.gridsTotal', { n: kpis.gridsTotal })}</p>
      </Tile>
      <Tile
        name="sweep-coverage"
        value={`${kpis.householdsCovered}/${kpis.householdsInScope}`}
        title={t('kpi.sweepCoverage')}
      >
        <div className="big">{formatPercent(kpis.coverage, language)}</div>
        <p className="muted">
          {t('kpi.sweepCoverage.detail', { visited: kpis.householdsCovered, total: kpis.householdsInScope })}
        </p>
      </Tile>
      <Tile
        name="findings-today"
        value={`${kpis.today.unregistered}/${kpis.today.overdue}`}
        title={t('kpi.findingsToday')}
      >
        <div className="pair">
          <span>
            {t('kpi.unregistered')} <b className="big-inline">{n(kpis.today.unregistered)}</b>
          </span>
          <span>
            {t('kpi.overdue')} <b className="big-inline">{n(kpis.today.overdue)}</b>
          </span>
        </div>
      </Tile>
      <Tile
        name="open-incidents"
        value={severities.map((s) => kpis.openBySeverity[s]).join('/')}
        title={t('kpi.openIncidents')}
        alert={kpis.openBySeverity.high > 0}
      >
        <div className="big">{n(kpis.openIncidents)}</div>
        <div className="severity-counts">
          {severities.map((s) => (
            <span key={s} data-severity={s} data-count={kpis.openBySeverity[s]}>
              <i className="swatch round" style={{ background: severityColours[s] }} />
              {t(severityKey[s])} {n(kpis.openBySeverity[s])}
            </span>
          ))}
        </div>
      </Tile>
      <Tile
        name="checkpoints-staffed"
        value={`${kpis.checkpointsStaffed}/${kpis.checkpointsTotal}`}
        title={t('kpi.checkpointsStaffed')}
        alert={kpis.checkpointsStaffed < kpis.checkpointsTotal}
      >
        <div className="big">
          {n(kpis.checkpointsStaffed)} <span className="of">/ {n(kpis.checkpointsTotal)}</span>
        </div>
        <p className="muted">{t('kpi.checkpointsStaffed.detail')}</p>
        <RosterGapsSummary className="roster-gaps-summary" />
      </Tile>
      <Tile
        name="grids-without-officer"
        value={kpis.gridsWithoutOfficer}
        title={t('kpi.gridsWithoutOfficer')}
        alert={kpis.gridsWithoutOfficer > 0}
      >
        <div className="big">{n(kpis.gridsWithoutOfficer)}</div>
        <p className="muted">
          {t('kpi.gridsWithoutOfficer.detail')} ·{' '}
          {t('kpi.overloadedOfficers', { n: kpis.overloadedOfficers })}
        </p>
      </Tile>
      {children}
    </div>
  );
}
