/**
 * 态势 — the situation board: KPI tiles, the station map with its layers and the grid panel,
 * and the sweep and incident charts. Everything is read live from the cache. "New incident on
 * the map" arms a crosshair: the next click places the incident and opens its form; once it
 * is saved the live queries bring it onto the map, the tiles and the chart.
 */
import { AimOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Alert, App, Button, Segmented, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { incidentTypes } from '#common/schemas';
import { expose, signal } from '#renderer/shared/testBridge';
import { BurnUpChart } from '#renderer/charts/BurnUpChart';
import { CoverageByGridChart } from '#renderer/charts/CoverageByGridChart';
import { IncidentsByHourChart } from '#renderer/charts/IncidentsByHourChart';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDay, formatNumber, formatPercent, formatTime } from '#renderer/i18n/translate';
import { incidentTypeKey, wordsFor } from '#renderer/i18n/domainWords';
import {
  allLayersShown,
  MapLayerToggles,
  MapLegend,
  type ColourBy,
  type MapLayerVisibility,
} from '#renderer/map';
import { LevelTimeSlider, useGridsAsOf } from '#renderer/features/grids';
import { useSession } from '#renderer/shared/session';
import { useStableRows } from '#renderer/shared/useStableRows';
import { mayWrite } from '#common/domain/rolePolicy';
import { StationMap } from '#renderer/features/basemap';
import { GridPanel } from './GridPanel';
import { KpiTiles } from './KpiTiles';
import { FusionTile } from './FusionTile';
import { withSuspected } from './withSuspected';
import { useFusion } from '#renderer/station/useFusion';
import { NewIncidentPanel } from './NewIncidentPanel';
import { useElementHeight } from './useElementHeight';
import './mapOverlays.css';
import { useNewIncidentMode } from './useNewIncidentMode';
import { toMapGrids, toMapPoints } from '#renderer/station/toMapModels';
import { useBoardData, useNow } from '#renderer/station/useBoardData';
import { useMapLabels } from '#renderer/map/useMapLabels';

/** An empty list whose identity never changes (before the board's data is in). */
const noRows: never[] = [];

export function BoardScreen() {
  const { t, language } = useI18n();
  // "now" ticks by the minute only: a save must not re-run every board query from scratch
  // (the hourly chart's current bucket already runs to the hour's end)
  const now = useNow();
  const data = useBoardData(now);
  const session = useSession();
  const { message } = App.useApp();
  const creating = useNewIncidentMode();
  const stopCreating = creating.cancel;
  const labels = useMapLabels();
  const [colourBy, setColourBy] = useState<ColourBy>('level');
  const [layers, setLayers] = useState<MapLayerVisibility>(allLayersShown);
  const [selected, setSelected] = useState<string | null>(null);
  const [fitRequest, setFitRequest] = useState(0);
  const announced = useRef(false);
  const [toolbar, toolbarHeight] = useElementHeight<HTMLDivElement>();

  const picture = data?.picture;
  const points = data?.points;
  // What the map and the charts get keeps its identity while its data is the same (an incident
  // saved re-reads the picture and the points): the map re-tiles, and a memoised chart renders,
  // only what changed.
  const mapGrids = useStableRows(useMemo(() => (picture ? toMapGrids(picture) : []), [picture]));
  const [asOf, setAsOf] = useState<number | null>(null);
  const levelGrids = useGridsAsOf(mapGrids, asOf);
  // asked once the board's own data is in, so the worker does not slow the board's first paint
  const fusion = useFusion(data ? { at: now, campaignId: null, rows: false } : null);
  // Only the 疑似未登记 colouring draws the counts: in the others a fusion answer must not
  // re-tile the grids and re-place their labels.
  const suspectedBy = colourBy === 'unregistered' ? fusion : undefined;
  const shownGrids = useStableRows(
    useMemo(() => withSuspected(levelGrids, suspectedBy), [levelGrids, suspectedBy]),
  );
  const mapPoints = useMemo(
    () => (picture && points ? toMapPoints(picture, points) : null),
    [picture, points],
  );
  const mapCheckpoints = useStableRows(mapPoints?.checkpoints ?? noRows);
  const mapIncidents = useStableRows(mapPoints?.incidents ?? noRows);
  const mapSites = useStableRows(mapPoints?.testingSites ?? noRows);
  const typeNames = useMemo(() => wordsFor(incidentTypeKey, t), [t]);
  const coverageBars = useStableRows(
    useMemo(
      () =>
        (picture?.grids ?? [])
          .filter((g) => g.inCampaign)
          .map((g) => ({ id: g.grid.id, label: g.grid.code, name: g.grid.name, coverage: g.coverage })),
      [picture],
    ),
  );
  const burnUp = useStableRows(data?.burnUp ?? noRows);
  const incidentsByHour = useStableRows(data?.incidentsByHour ?? noRows);
  const burnUpLabels = useMemo(
    () => ({ visited: t('chart.burnup.visited'), total: t('chart.burnup.total') }),
    [t],
  );
  const chartFormat = useMemo(
    () => ({
      day: (d: string) => formatDay(d, language),
      number: (n: number) => formatNumber(n, language),
      percent: (r: number) => formatPercent(r, language),
      hour: (ms: number) => formatTime(ms, language),
    }),
    [language],
  );

  useEffect(() => {
    if (data)
      expose('board', {
        kpis: data.kpis,
        now,
        problems: data.problems,
        incidentsByHour: data.incidentsByHour,
      });
  }, [data, now]);

  const onIncidentSaved = useCallback(
    ({ gridId }: { id: string; gridId: string }) => {
      const grid = mapGrids.find((g) => g.id === gridId);
      stopCreating();
      setSelected(gridId);
      void message.success(t('newIncident.saved', { grid: grid ? `${grid.code} ${grid.name}` : gridId }));
    },
    [stopCreating, mapGrids, message, t],
  );
  const incidentsLast24h = useMemo(
    () =>
      incidentsByHour.reduce(
        (sum, bucket) => sum + incidentTypes.reduce((n, type) => n + bucket[type], 0),
        0,
      ),
    [incidentsByHour],
  );

  const hasData = data !== undefined;
  useEffect(() => {
    if (hasData) performance.mark('board:data');
  }, [hasData]);

  const onIdle = useCallback(() => {
    if (!announced.current && mapGrids.length > 0) {
      announced.current = true;
      performance.mark('board:ready');
      signal('board-ready');
    }
  }, [mapGrids.length]);

  if (!data || !mapPoints) {
    return (
      <div className="board-loading">
        <Spin />
      </div>
    );
  }

  return (
    <div className="board" data-testid="board">
      {data.problems.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          data-testid="cache-problems"
          message={t('cache.problems', { n: data.problems.length })}
          description={
            <ul className="problem-list">
              {data.problems.slice(0, 5).map((p) => (
                <li key={`${p.table}:${p.id}`}>
                  {t('cache.problems.row', { table: p.table, id: p.id, reason: p.reason })}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <KpiTiles kpis={data.kpis}>
        <FusionTile summary={fusion} />
      </KpiTiles>
      <div className="board-main">
        <section
          className="board-map"
          aria-label={t('board.map')}
          style={
            toolbarHeight === null
              ? undefined
              : ({ '--map-toolbar-h': `${toolbarHeight}px` } as CSSProperties)
          }
        >
          <StationMap
            className="map-canvas"
            grids={shownGrids}
            checkpoints={mapCheckpoints}
            incidents={mapIncidents}
            testingSites={mapSites}
            colourBy={colourBy}
            layers={layers}
            selectedGridId={selected}
            onSelectGrid={setSelected}
            pickPoint={creating.armed}
            onMapClick={creating.pick}
            draftPoint={creating.point}
            fitRequest={fitRequest}
            labels={labels}
            onIdle={onIdle}
          />
          <div className="map-toolbar" ref={toolbar}>
            <Segmented<ColourBy>
              size="small"
              data-testid="colour-by"
              value={colourBy}
              onChange={setColourBy}
              options={[
                { label: t('board.colourBy.level'), value: 'level' },
                { label: t('board.colourBy.coverage'), value: 'coverage' },
                { label: t('fusion.map.colourBy'), value: 'unregistered' },
              ]}
            />
            <MapLayerToggles layers={layers} labels={labels} onChange={setLayers} className="map-toggles" />
            <Button
              size="small"
              icon={<AimOutlined />}
              onClick={() => setFitRequest((n) => n + 1)}
              data-testid="fit-station"
            >
              {t('board.fit')}
            </Button>
            <LevelTimeSlider now={now} asOf={asOf} onChange={setAsOf} />
            <Button
              size="small"
              type={creating.armed ? 'primary' : 'default'}
              danger={creating.armed}
              icon={<EnvironmentOutlined />}
              disabled={!mayWrite(session.role, 'incidents', {})}
              onClick={creating.armed ? creating.cancel : creating.arm}
              data-testid="new-incident-on-map"
              aria-pressed={creating.armed}
            >
              {creating.armed ? t('newIncident.cancelPick') : t('newIncident.createOnMap')}
            </Button>
          </div>
          <MapLegend colourBy={colourBy} labels={labels} layers={layers} className="map-legend" />
          <NewIncidentPanel mode={creating} onSaved={onIncidentSaved} />
          {selected && !creating.armed ? (
            <GridPanel
              gridId={selected}
              picture={data.picture}
              points={data.points}
              onClose={() => setSelected(null)}
            />
          ) : null}
        </section>
        <aside className="board-charts">
          <section className="chart-card">
            <h3>{t('chart.burnup')}</h3>
            <BurnUpChart
              title={t('chart.burnup')}
              data={burnUp}
              labels={burnUpLabels}
              formatDay={chartFormat.day}
              formatNumber={chartFormat.number}
            />
          </section>
          <section className="chart-card" data-testid="coverage-chart">
            <h3>{t('chart.coverageByGrid')}</h3>
            <CoverageByGridChart
              title={t('chart.coverageByGrid')}
              bars={coverageBars}
              selectedId={selected}
              onSelect={setSelected}
              formatPercent={chartFormat.percent}
            />
          </section>
          <section className="chart-card" data-testid="incidents-chart" data-total={incidentsLast24h}>
            <h3>{t('chart.incidentsByHour')}</h3>
            <IncidentsByHourChart
              title={t('chart.incidentsByHour')}
              buckets={incidentsByHour}
              typeNames={typeNames}
              formatHour={chartFormat.hour}
            />
          </section>
        </aside>
      </div>
    </div>
  );
}
