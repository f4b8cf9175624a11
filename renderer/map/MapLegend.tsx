/**
 * Legend for the situation map: the fill colours of the current colouring (control levels or
 * the coverage ramp) and the point symbols of the visible layers, drawn from the same palette
 * and icon painters as the map so the two cannot drift apart. All text comes in as labels.
 */
import { useMemo } from 'react';
import type { CSSProperties } from 'react';
import { checkpointModes, controlLevels, severities, siteStatuses } from '#common/schemas';
import { coverageStops, levelColours, surface } from '#renderer/theme/palette';
import { checkpointIconId, drawIcon, ICON_SIZE, incidentIconId, siteIconId } from './symbolIcons';
import type { ColourBy, MapLabels, MapLayerVisibility } from './types';
import { unregisteredClasses, unregisteredClassLabels } from './unregisteredShading';

export interface MapLegendProps {
  colourBy: ColourBy;
  labels: MapLabels;
  /** Which point layers to explain; omit for fills only. */
  layers?: MapLayerVisibility;
  className?: string;
}

const box: CSSProperties = {
  background: surface.panel,
  border: `1px solid ${surface.panelBorder}`,
  borderRadius: 6,
  color: surface.text,
  padding: '8px 10px',
  fontSize: 12,
  lineHeight: '18px',
  minWidth: 140,
};
const heading: CSSProperties = { fontWeight: 600, marginBottom: 4 };
const row: CSSProperties = { display: 'flex', alignItems: 'center', gap: 6 };
const swatch = (colour: string): CSSProperties => ({
  width: 14,
  height: 14,
  borderRadius: 2,
  background: colour,
  border: `1px solid ${surface.panelBorder}`,
  flex: 'none',
});

function Icon({ id }: { id: string }) {
  const src = useMemo(() => drawIcon(id).toDataURL(), [id]);
  return <img src={src} width={ICON_SIZE * 0.8} height={ICON_SIZE * 0.8} alt="" />;
}

function Section({ title, items }: { title: string; items: Array<{ icon: string; text: string }> }) {
  return (
    <div style={{ marginTop: 8 }}>
      <div style={heading}>{title}</div>
      {items.map((item) => (
        <div key={item.icon} style={row}>
          <Icon id={item.icon} />
          <span>{item.text}</span>
        </div>
      ))}
    </div>
  );
}

export function MapLegend({ colourBy, labels, layers, className }: MapLegendProps) {
  const gradient = `linear-gradient(to right, ${coverageStops.map(([at, c]) => `${c} ${at * 100}%`).join(', ')})`;
  return (
    <div className={className} style={box} data-testid="map-legend" data-colour-by={colourBy}>
      <div style={heading}>
        {colourBy === 'level'
          ? labels.legendTitle
          : colourBy === 'unregistered'
            ? (labels.unregistered ?? labels.coverage)
            : labels.coverage}
      </div>
      {colourBy === 'unregistered' ? (
        unregisteredClassLabels().map((text, i) => (
          <div key={text} style={row}>
            <span style={swatch(unregisteredClasses[i]?.[1] ?? surface.textMuted)} />
            <span>{text}</span>
          </div>
        ))
      ) : colourBy === 'level' ? (
        controlLevels.map((level) => (
          <div key={level} style={row}>
            <span style={swatch(levelColours[level])} />
            <span>{labels.levelNames[level]}</span>
          </div>
        ))
      ) : (
        <div>
          <div style={{ height: 12, borderRadius: 2, background: gradient }} />
          <div style={{ ...row, justifyContent: 'space-between', color: surface.textMuted }}>
            <span>{labels.coverageLow}</span>
            <span>{labels.coverageHigh}</span>
          </div>
        </div>
      )}
      {layers?.checkpoints && (
        <Section
          title={labels.layerNames.checkpoints}
          items={checkpointModes.map((mode) => ({
            icon: checkpointIconId(mode, true),
            text: labels.checkpointModeNames[mode],
          }))}
        />
      )}
      {layers?.incidents && (
        <Section
          title={labels.layerNames.incidents}
          items={severities.map((s) => ({ icon: incidentIconId(s), text: labels.severityNames[s] }))}
        />
      )}
      {layers?.testingSites && (
        <Section
          title={labels.layerNames.testingSites}
          items={siteStatuses.map((s) => ({ icon: siteIconId(s), text: labels.siteStatusNames[s] }))}
        />
      )}
    </div>
  );
}
