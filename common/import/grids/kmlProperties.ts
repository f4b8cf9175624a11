/**
 * A KML placemark's properties as columns an officer can map. togeojson gives the placemark's
 * <name>, <description> (an `{ "@type": "html", value }` object when the exporter wrapped it in
 * CDATA, as Google Earth and 天地图 do), every ExtendedData <Data> and SchemaData <SimpleData>,
 * and also the styling it resolved (fill, stroke, styleUrl…). Styling is not data and is
 * dropped; a description becomes plain text (tags removed), so it can serve as a column too.
 */

/** Keys togeojson derives from <Style>/<StyleMap>, never a placemark's data. */
const styleKeys = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'icon',
  'icon-opacity',
  'icon-color',
  'icon-scale',
  'icon-heading',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-opacity',
  'label-scale',
  'visibility',
]);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML → its text: tags become spaces, the common entities are decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function kmlProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (styleKeys.has(key)) continue;
    if (value !== null && typeof value === 'object' && 'value' in value) {
      const text = (value as { value: unknown }).value;
      out[key] = typeof text === 'string' ? htmlText(text) : text;
    } else out[key] = value;
  }
  return out;
}
