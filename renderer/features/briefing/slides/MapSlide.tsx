/**
 * 管控态势图: the station's grids coloured by control level on the situation map (not
 * interactive), with a wall-size legend that counts the grids of each level, and the number of
 * checkpoints, open incidents and today's testing sites drawn on it. Ready when the map is idle.
 */
import { useCallback } from 'react';
import { controlLevels } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber } from '#renderer/i18n/translate';
import { levelColours } from '#renderer/theme/palette';
import { StationMap } from '#renderer/features/basemap';
import { useStationMap } from '../useBriefingData';
import { useDeckScale } from '../useDeckScale';
import type { SlideProps } from './slideProps';
import { SlideEmpty, SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';
import { levelKey } from '#renderer/i18n/domainWords';

// Grid labels are too small to read from 5 m; the legend carries the counts instead.
const layers = { labels: false };

export function MapSlide({ now, onReady }: SlideProps) {
  const { t, language } = useI18n();
  const data = useStationMap(now);
  const { zoom } = useDeckScale();
  const hasGrids = (data?.grids.length ?? 0) > 0;
  // Without grids there is no map to wait for.
  useReadyWhen(data !== undefined && !hasGrids, onReady);
  const onIdle = useCallback(() => {
    if (hasGrids) onReady();
  }, [hasGrids, onReady]);
  if (!data) return <SlideLoading />;
  if (!hasGrids)
    return (
      <>
        <SlideEmpty text={t('briefing.map.empty')} />
        <SlideProblems problems={data.problems} />
      </>
    );
  const n = (v: number) => formatNumber(v, language);
  return (
    <>
      <div className="briefing-map">
        <div className="map-frame">
          <StationMap
            grids={data.grids}
            checkpoints={data.checkpoints}
            incidents={data.incidents}
            testingSites={data.testingSites}
            layers={layers}
            interactive={false}
            onIdle={onIdle}
            pixelRatio={window.devicePixelRatio * zoom}
          />
        </div>
        <aside className="briefing-legend" data-testid="map-levels">
          <div className="briefing-section">
            <h2>{t('briefing.map.levels')}</h2>
            <div className="briefing-muted">{t('briefing.map.gridsTotal', { n: data.grids.length })}</div>
          </div>
          {controlLevels.map((level) => (
            <div className="row" key={level} data-level={level} data-value={data.levelCounts[level]}>
              <span className="swatch" style={{ background: levelColours[level] }} />
              <span>{t(levelKey[level])}</span>
              <span className="count">{n(data.levelCounts[level])}</span>
            </div>
          ))}
          <div className="row points">
            <span>{t('briefing.map.checkpoints')}</span>
            <span className="count small">{n(data.checkpoints.length)}</span>
          </div>
          <div className="row points">
            <span>{t('briefing.map.incidents')}</span>
            <span className="count small">{n(data.incidents.length)}</span>
          </div>
          <div className="row points">
            <span>{t('briefing.map.sites')}</span>
            <span className="count small">{n(data.testingSites.length)}</span>
          </div>
        </aside>
      </div>
      <SlideProblems problems={data.problems} />
    </>
  );
}
