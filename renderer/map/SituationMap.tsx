/**
 * The situation map: grids coloured by control level or sweep coverage, district outlines,
 * checkpoints, incidents and testing sites, with grid selection. One maplibre map per mount,
 * created once and disposed on unmount; prop changes reach it through setData, paint, filter
 * and layout updates (applyProps.ts), never by recreating it. Callbacks are read through refs
 * so new function identities cost nothing. Works with no network: see mapStyle.ts.
 * In point-picking mode (`pickPoint`) a click reports its position instead of selecting a
 * grid, and `draftPoint` is drawn as a marker (draftMarker.ts).
 * The basemap's coordinate system applies to everything drawn and clicked (crsShift.ts): props
 * and callbacks always speak WGS-84; a basemap that cannot be drawn says so over the map.
 * Between the first fit to the grids and the first frame drawn with it, the camera is not what
 * the screen shows: a click then is ignored (it would pick a place the user never saw), and
 * `data-fitted` turns "true" once that frame is drawn.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ErrorEvent, Map as MaplibreMap, MapMouseEvent, Marker } from 'maplibre-gl';
import { setBasemap, setColourBy, setLayerVisibility, setSelection, setSourceData } from './applyProps';
import { registerBasemapTestHook } from './basemapTestHook';
import { createMap } from './createMap';
import { fromMapPosition, toMapDistricts, toMapGrids, toMapPosition, type MapCrs } from './crsShift';
import { placeDraftMarker } from './draftMarker';
import { fitToGrids } from './fitToGrids';
import { LAYER, SOURCE } from './mapStyle';
import { registerMapTestHook } from './mapTestHook';
import { ownSourcesLoaded } from './ownSourcesLoaded';
import {
  checkpointFeatures,
  gridFeatures,
  gridLabelFeatures,
  incidentFeatures,
  siteFeatures,
} from './toFeatures';
import type { LngLat } from '#common/schemas';
import type {
  DistrictCollection,
  MapCheckpoint,
  MapIncident,
  MapTestingSite,
  SituationMapProps,
} from './types';
import { allLayersShown } from './allLayersShown';
import { BasemapFailure } from './BasemapFailure';

// Defaults (types.ts) as constants, so an omitted prop keeps its identity between renders.
const noCheckpoints: readonly MapCheckpoint[] = [];
const noIncidents: readonly MapIncident[] = [];
const noSites: readonly MapTestingSite[] = [];
const noDistricts: DistrictCollection = { type: 'FeatureCollection', features: [] };

export function SituationMap(props: SituationMapProps) {
  const {
    grids,
    checkpoints = noCheckpoints,
    incidents = noIncidents,
    testingSites = noSites,
    districts = noDistricts,
    colourBy = 'level',
    selectedGridId = null,
    basemap = null,
    fitRequest = 0,
    pixelRatio,
  } = props;
  const crs: MapCrs = basemap?.crs ?? 'wgs84';
  // an error belongs to the basemap it happened with; a new basemap starts without one
  const [basemapError, setBasemapError] = useState<{ of: unknown; message: string } | null>(null);
  const interactive = props.interactive ?? true;
  const containerRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const fittedOnce = useRef(false);
  // the first fit is made but not yet drawn: clicks would not land where the user aimed
  const fitUndrawn = useRef(false);
  const [fitDrawn, setFitDrawn] = useState(false);

  // Create once per mount (and per `interactive`, which maplibre cannot change later).
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = createMap({
      container,
      colourBy: latest.current.colourBy ?? 'level',
      interactive,
      pixelRatio: latest.current.pixelRatio,
    });
    const select = (id: string | null): void => latest.current.onSelectGrid?.(id);
    const onClick = (e: MapMouseEvent): void => {
      if (fitUndrawn.current) return;
      const { pickPoint, onMapClick } = latest.current;
      if (pickPoint && onMapClick) {
        onMapClick(fromMapPosition([e.lngLat.lng, e.lngLat.lat], latest.current.basemap?.crs ?? 'wgs84'));
        return;
      }
      const hit = instance.queryRenderedFeatures(e.point, { layers: [LAYER.gridFill] })[0];
      const id: unknown = hit?.properties['id'];
      select(typeof id === 'string' ? id : null);
    };
    const restCursor = (): string => (latest.current.pickPoint ? 'crosshair' : '');
    const onEnter = (): void => {
      instance.getCanvas().style.cursor = latest.current.pickPoint ? 'crosshair' : 'pointer';
    };
    const onLeave = (): void => {
      instance.getCanvas().style.cursor = restCursor();
    };
    // 'idle' also comes right after load, before the grids reach the map: only a drawn map counts
    const onIdle = (): void => {
      const fitted = fittedOnce.current || latest.current.grids.length === 0;
      if (fitted && ownSourcesLoaded(instance)) latest.current.onIdle?.();
    };
    const onError = (e: ErrorEvent & { sourceId?: string }): void => {
      if (e.sourceId === SOURCE.basemap)
        setBasemapError({ of: latest.current.basemap, message: e.error.message });
    };
    let unregister = (): void => undefined;
    let unregisterBasemap = (): void => undefined;
    instance.on('load', () => {
      if (interactive) {
        instance.on('click', onClick);
        instance.on('mouseenter', LAYER.gridFill, onEnter);
        instance.on('mouseleave', LAYER.gridFill, onLeave);
      }
      instance.on('idle', onIdle);
      instance.on('error', onError);
      unregister = registerMapTestHook({
        map: instance,
        // as drawn, so screen points land on the drawn grids
        grids: () => toMapGrids(latest.current.grids, latest.current.basemap?.crs ?? 'wgs84'),
        select,
        toStored: (p) => fromMapPosition(p, latest.current.basemap?.crs ?? 'wgs84'),
        ready: () => (fittedOnce.current && !fitUndrawn.current) || latest.current.grids.length === 0,
      });
      unregisterBasemap = registerBasemapTestHook({
        map: instance,
        crs: () => latest.current.basemap?.crs ?? 'wgs84',
      });
      setMap(instance);
    });
    return () => {
      unregister();
      unregisterBasemap();
      setMap(null);
      fittedOnce.current = false;
      fitUndrawn.current = false;
      setFitDrawn(false);
      instance.remove();
    };
  }, [interactive]);

  useEffect(() => {
    if (!map) return;
    setSourceData(map, SOURCE.grids, gridFeatures(grids, crs));
    setSourceData(map, SOURCE.gridLabels, gridLabelFeatures(grids, crs));
    // "fit on mount": the first time there are grids to fit (they may arrive after mount)
    if (fittedOnce.current || !fitToGrids(map, grids, false, crs)) return;
    fittedOnce.current = true;
    fitUndrawn.current = true;
    // the next frame is drawn with the fitted camera (a render is forced: a fit to where the
    // camera already is schedules none)
    map.once('render', () => {
      fitUndrawn.current = false;
      setFitDrawn(true);
    });
    map.triggerRepaint();
  }, [map, grids, crs]);

  useEffect(() => {
    if (map) setSourceData(map, SOURCE.checkpoints, checkpointFeatures(checkpoints, crs));
  }, [map, checkpoints, crs]);
  useEffect(() => {
    if (map) setSourceData(map, SOURCE.incidents, incidentFeatures(incidents, crs));
  }, [map, incidents, crs]);
  useEffect(() => {
    if (map) setSourceData(map, SOURCE.sites, siteFeatures(testingSites, crs));
  }, [map, testingSites, crs]);
  useEffect(() => {
    if (map) setSourceData(map, SOURCE.districts, toMapDistricts(districts, crs));
  }, [map, districts, crs]);

  useEffect(() => {
    if (map) setColourBy(map, colourBy);
  }, [map, colourBy]);
  useEffect(() => {
    if (map) setSelection(map, selectedGridId);
  }, [map, selectedGridId]);
  const {
    checkpoints: showCheckpoints,
    incidents: showIncidents,
    testingSites: showSites,
    labels: showLabels,
  } = { ...allLayersShown, ...props.layers };
  useEffect(() => {
    if (!map) return;
    setLayerVisibility(map, {
      checkpoints: showCheckpoints,
      incidents: showIncidents,
      testingSites: showSites,
      labels: showLabels,
    });
  }, [map, showCheckpoints, showIncidents, showSites, showLabels]);
  useEffect(() => {
    if (!map) return;
    try {
      setBasemap(map, basemap);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // reported like a tile error, after this effect
      queueMicrotask(() => setBasemapError({ of: basemap, message }));
    }
  }, [map, basemap]);

  useEffect(() => {
    if (map && pixelRatio !== undefined && map.getPixelRatio() !== pixelRatio) map.setPixelRatio(pixelRatio);
  }, [map, pixelRatio]);

  const pickPoint = props.pickPoint ?? false;
  useEffect(() => {
    if (map) map.getCanvas().style.cursor = pickPoint ? 'crosshair' : '';
  }, [map, pickPoint]);
  const draft = props.draftPoint ?? null;
  const draftLng = draft?.[0];
  const draftLat = draft?.[1];
  const marker = useRef<Marker | null>(null);
  useEffect(() => {
    if (!map) return;
    const point: LngLat | null =
      draftLng === undefined || draftLat === undefined ? null : toMapPosition([draftLng, draftLat], crs);
    marker.current = placeDraftMarker(map, marker.current, point);
  }, [map, draftLng, draftLat, crs]);
  // a new map instance starts without a marker
  useEffect(
    () => () => {
      marker.current?.remove();
      marker.current = null;
    },
    [map],
  );

  // Explicit "fit to station" requests; the initial value is covered by the fit on mount.
  const lastFitRequest = useRef(fitRequest);
  useEffect(() => {
    if (!map || lastFitRequest.current === fitRequest) return;
    lastFitRequest.current = fitRequest;
    fitToGrids(map, latest.current.grids, true, latest.current.basemap?.crs ?? 'wgs84');
  }, [map, fitRequest]);

  return (
    <div
      ref={containerRef}
      className={props.className}
      style={{ position: 'relative', width: '100%', height: '100%', minHeight: 200 }}
      data-testid="situation-map"
      data-picking={pickPoint ? 'true' : undefined}
      data-basemap={basemap?.kind ?? 'none'}
      data-crs={crs}
      data-fitted={fitDrawn ? 'true' : undefined}
    >
      {basemap && basemapError?.of === basemap && (
        <BasemapFailure text={basemap.failedText} detail={basemapError.message} />
      )}
    </div>
  );
}
