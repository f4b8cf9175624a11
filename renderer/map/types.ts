/**
 * What the situation map is given: plain view models (not Dexie rows) so the board, the
 * briefing and the report can feed it from any query. Every string the map shows comes in
 * through `MapLabels`: the app owns i18n, the map hard-codes no UI text.
 */
import type {
  AreaGeometry,
  CheckpointMode,
  ControlLevel,
  IncidentType,
  LngLat,
  Severity,
  SiteStatus,
} from '#common/schemas';
import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { MapBasemap } from './basemapTypes';

export interface MapGrid {
  id: string;
  code: string;
  name: string;
  /** WGS-84 outline. */
  geometry: AreaGeometry;
  level: ControlLevel;
  /** Sweep coverage, 0..1. */
  coverage: number;
  /** Households suspected of unregistered residents (fusion findings); absent: 0. */
  suspected?: number;
}

interface MapPointBase {
  id: string;
  name: string;
  point: LngLat;
}

export interface MapCheckpoint extends MapPointBase {
  mode: CheckpointMode;
  staffedNow: boolean;
}

/**
 * An open incident as the map draws it: its icon by severity, no words. Its description is not
 * here on purpose: an edit of the words (the busiest edit there is) must not re-tile the layer
 * and redraw the map, a frame of 100+ ms with software WebGL.
 */
export interface MapIncident extends Omit<MapPointBase, 'name'> {
  severity: Severity;
  type: IncidentType;
}

export interface MapTestingSite extends MapPointBase {
  status: SiteStatus;
}

export type ColourBy = 'level' | 'coverage' | 'unregistered';

export interface MapLayerVisibility {
  checkpoints: boolean;
  incidents: boolean;
  testingSites: boolean;
  labels: boolean;
}

export type MapLayerKey = keyof MapLayerVisibility;

export interface MapLabels {
  legendTitle: string;
  levelNames: Record<ControlLevel, string>;
  /** Heading of the coverage ramp in the legend. */
  coverage: string;
  /** Ends of the coverage ramp, e.g. "0%" and "100%". */
  coverageLow: string;
  coverageHigh: string;
  /** Heading of the suspected-unregistered classes in the legend. */
  unregistered?: string;
  severityNames: Record<Severity, string>;
  checkpointModeNames: Record<CheckpointMode, string>;
  siteStatusNames: Record<SiteStatus, string>;
  /** Names of the layer toggles (also used as legend headings). */
  layerNames: Record<MapLayerKey, string>;
}

/** A GeoJSON FeatureCollection of district outlines; `properties.name` is drawn along the line. */
export type DistrictCollection = FeatureCollection<
  Polygon | MultiPolygon | LineString | MultiLineString,
  { name?: string } | null
>;

/**
 * Only `grids` and `labels` are required; everything else has a default that draws nothing
 * extra: no points, no district outlines, coloured by level, all layers shown (a layer with no
 * points draws nothing), nothing selected, no basemap, interactive.
 */
export interface SituationMapProps {
  grids: readonly MapGrid[];
  /** Default: none. */
  checkpoints?: readonly MapCheckpoint[];
  /** Default: none. */
  incidents?: readonly MapIncident[];
  /** Default: none. */
  testingSites?: readonly MapTestingSite[];
  /** Default: none. */
  districts?: DistrictCollection;
  /** Default: 'level'. */
  colourBy?: ColourBy;
  /** Layers to hide or show over the default of all shown. */
  layers?: Partial<MapLayerVisibility>;
  /** Default: null. */
  selectedGridId?: string | null;
  /** Default: selection is ignored. */
  onSelectGrid?(id: string | null): void;
  /**
   * The basemap (basemapTypes.ts), or null for none (the default). Its coordinate system
   * decides where our layers are drawn: GCJ-02 shifts them onto the basemap, and clicks are
   * shifted back.
   */
  basemap?: MapBasemap | null;
  /** Increment to fit the view to all grids ("fit to station"). Default 0. */
  fitRequest?: number;
  labels: MapLabels;
  className?: string;
  /** False for the briefing display and the report: no pan, zoom or clicks. */
  interactive?: boolean;
  /** Called on every maplibre 'idle' once the map draws what it was given (our sources loaded, first fit done). */
  onIdle?(): void;
  /**
   * Canvas pixels per CSS pixel; default the screen's. A map inside a CSS-zoomed page (the
   * briefing deck) passes the screen's times the zoom, so its canvas stays sharp.
   */
  pixelRatio?: number;
  /**
   * Point-picking mode (e.g. "new incident here"): the cursor is a crosshair and a click
   * reports its position through `onMapClick` instead of selecting a grid.
   */
  pickPoint?: boolean;
  /** The clicked position in point-picking mode. */
  onMapClick?(lngLat: LngLat): void;
  /** A position being chosen (a draft), drawn as a marker; null or absent draws none. */
  draftPoint?: LngLat | null;
}
