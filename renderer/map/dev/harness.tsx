/**
 * Dev harness for the situation map, used by test/e2e/map until the app shell exists: renders
 * SituationMap with generated grids (`?grids=725` by default), the legend, the layer toggles,
 * and the selected grid id in the DOM. Creates `window.__gridroomTest` so the map registers
 * its test hook even in a production build.
 */
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { surface } from '#renderer/theme/palette';
import { MapLayerToggles } from '../MapLayerToggles';
import { MapLegend } from '../MapLegend';
import { allLayersShown } from '../allLayersShown';
import { SituationMap } from '../SituationMap';
import type { ColourBy, MapLabels, MapLayerVisibility } from '../types';
import { fakeSituation } from './fakeSituation';

const win = window as unknown as { __gridroomTest?: Record<string, unknown> };
win.__gridroomTest ??= {};

const labels: MapLabels = {
  legendTitle: '管控等级',
  levelNames: { sealed: '封控区', controlled: '管控区', precaution: '防范区', normal: '常态' },
  coverage: '摸排覆盖率',
  coverageLow: '0%',
  coverageHigh: '100%',
  severityNames: { high: '高', medium: '中', low: '低' },
  checkpointModeNames: { 'in-only': '只进不出', 'two-way': '双向通行', closed: '关闭' },
  siteStatusNames: { planned: '计划', 'setting-up': '布置中', open: '开放', closed: '已关闭' },
  layerNames: { checkpoints: '卡口', incidents: '警情', testingSites: '核酸检测点', labels: '网格标注' },
};

function Harness() {
  const count = Number(new URLSearchParams(location.search).get('grids') ?? 725);
  const data = useMemo(() => fakeSituation(count), [count]);
  const [colourBy, setColourBy] = useState<ColourBy>('level');
  const [layers, setLayers] = useState<MapLayerVisibility>(allLayersShown);
  const [selected, setSelected] = useState<string | null>(null);
  const [fitRequest, setFitRequest] = useState(0);
  const bar = {
    display: 'flex',
    gap: 12,
    alignItems: 'center',
    padding: 8,
    color: surface.text,
    background: surface.panel,
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={bar}>
        <button data-testid="colour-level" onClick={() => setColourBy('level')}>
          level
        </button>
        <button data-testid="colour-coverage" onClick={() => setColourBy('coverage')}>
          coverage
        </button>
        <button data-testid="fit" onClick={() => setFitRequest((n) => n + 1)}>
          fit
        </button>
        <MapLayerToggles layers={layers} labels={labels} onChange={setLayers} />
        <span>
          selected: <output data-testid="selected-grid">{selected ?? ''}</output>
        </span>
      </div>
      <div style={{ position: 'relative', flex: 1 }}>
        <SituationMap
          {...data}
          colourBy={colourBy}
          layers={layers}
          selectedGridId={selected}
          onSelectGrid={setSelected}
          fitRequest={fitRequest}
          labels={labels}
        />
        <div style={{ position: 'absolute', right: 12, bottom: 12 }}>
          <MapLegend colourBy={colourBy} labels={labels} layers={layers} />
        </div>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  );
}
