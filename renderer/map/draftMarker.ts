/**
 * The marker of a position being chosen on the map (a draft incident's point): one DOM marker
 * per map, moved rather than recreated, removed when there is no draft. A DOM marker needs no
 * style change and stays above every layer; tests find it by `data-testid="draft-marker"`.
 */
import { Marker, type Map as MaplibreMap } from 'maplibre-gl';
import type { LngLat } from '#common/schemas';

/** Draft-marker colour: the high-severity red, readable on every level fill. */
const DRAFT_COLOUR = '#f5222d';

/** Shows, moves or removes the draft marker; returns the marker now on the map (or null). */
export function placeDraftMarker(
  map: MaplibreMap,
  marker: Marker | null,
  point: LngLat | null,
): Marker | null {
  if (point === null) {
    marker?.remove();
    return null;
  }
  if (marker) {
    marker.setLngLat(point);
    return marker;
  }
  const created = new Marker({ color: DRAFT_COLOUR }).setLngLat(point).addTo(map);
  const element = created.getElement();
  element.dataset['testid'] = 'draft-marker';
  element.style.pointerEvents = 'none';
  return created;
}
