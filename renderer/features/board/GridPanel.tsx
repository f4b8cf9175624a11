/**
 * Side panel for the grid clicked on the map: officer, grid leader, control level and since
 * when, sweep coverage, open incidents and checkpoints.
 */
import { CloseOutlined } from '@ant-design/icons';
import { Button, Progress } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatPercent } from '#renderer/i18n/translate';
import { levelColours, severityColours } from '#renderer/theme/palette';
import type { StationPicture } from '#renderer/station/gridStateQuery';
import type { StationPoints } from '#renderer/station/pointsQuery';
import { checkpointModeKey, incidentTypeKey, levelKey } from '#renderer/i18n/domainWords';

export function GridPanel(props: {
  gridId: string;
  picture: StationPicture;
  points: StationPoints;
  onClose(): void;
}) {
  const { t, language } = useI18n();
  const state = props.picture.grids.find((g) => g.grid.id === props.gridId);
  if (!state) return null;
  const { grid } = state;
  const officer = props.picture.officers.find((o) => o.id === grid.officerId);
  const incidents = props.picture.openIncidents.filter((i) => i.gridId === grid.id);
  const checkpoints = props.points.checkpoints.filter((c) => c.checkpoint.gridId === grid.id);
  return (
    <aside
      className="grid-panel"
      data-testid="grid-panel"
      data-grid-id={grid.id}
      aria-label={t('panel.grid')}
    >
      <header>
        <div>
          <h2>{grid.name}</h2>
          <span className="muted">{grid.code}</span>
        </div>
        <Button type="text" icon={<CloseOutlined />} aria-label={t('panel.close')} onClick={props.onClose} />
      </header>
      <dl>
        <dt>{t('panel.community')}</dt>
        <dd>
          {grid.community} · {grid.street}
        </dd>
        <dt>{t('panel.officer')}</dt>
        <dd data-testid="panel-officer" className={officer ? '' : 'warn'}>
          {officer ? `${officer.name}（${officer.badgeNo}）` : t('panel.noOfficer')}
        </dd>
        <dt>{t('panel.gridLeader')}</dt>
        <dd>{grid.gridLeader || t('panel.none')}</dd>
        <dt>{t('panel.level')}</dt>
        <dd data-testid="panel-level" data-level={state.level}>
          <i className="swatch" style={{ background: levelColours[state.level] }} />
          {t(levelKey[state.level])}{' '}
          <span className="muted">
            {state.levelSince !== null
              ? t('panel.since', { time: formatDateTime(state.levelSince, language) })
              : t('panel.sinceUnknown')}
          </span>
        </dd>
        <dt>{t('panel.coverage')}</dt>
        <dd data-testid="panel-coverage" data-covered={state.covered} data-households={state.households}>
          <Progress
            percent={Math.round(state.coverage * 100)}
            aria-label={t('panel.coverage')}
            size="small"
            format={() => formatPercent(state.coverage, language)}
          />
          <span className="muted">
            {t('panel.households', { visited: state.covered, total: state.households })}
          </span>
        </dd>
        <dt>{t('panel.openIncidents')}</dt>
        <dd data-testid="panel-incidents" data-count={incidents.length}>
          {incidents.length === 0 ? (
            t('panel.none')
          ) : (
            <ul>
              {incidents.slice(0, 6).map((i) => (
                <li key={i.id}>
                  <i className="swatch round" style={{ background: severityColours[i.severity] }} />
                  {t(incidentTypeKey[i.type])} · {formatDateTime(i.reportedAt, language)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('panel.checkpoints')}</dt>
        <dd data-testid="panel-checkpoints" data-count={checkpoints.length}>
          {checkpoints.length === 0 ? (
            t('panel.none')
          ) : (
            <ul>
              {checkpoints.map(({ checkpoint, staffedNow }) => (
                <li key={checkpoint.id}>
                  {checkpoint.name} · {t(checkpointModeKey[checkpoint.mode])} ·{' '}
                  <span className={staffedNow ? '' : 'warn'}>
                    {staffedNow ? t('panel.staffedNow') : t('panel.unstaffedNow')}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </aside>
  );
}
