/**
 * Reads a grid file — GeoJSON (FeatureCollection, Feature or bare geometry) or KML — into raw
 * features: geometry and properties as found, not yet trusted. Whatever the file holds, this
 * returns a result, never throws: oversize, unreadable, hostile (deep nesting, XML entities)
 * and wrong-shaped files each come back as one file-level issue.
 *
 * KML goes through @tmcw/togeojson, which needs an XML DOM: the browser's DOMParser in the
 * app, @xmldom/xmldom in Node — the caller passes one in, so this module stays DOM-free.
 */
import { kml } from '@tmcw/togeojson';
import { exceedsDepth } from '../jsonDepth';
import { jsonErrorAt } from '../jsonErrorAt';
import { xmlRefusal } from './xmlRefusal';
import { decodeGridText } from './decodeGridText';
import { issue, notice, type GridImportIssue, type GridImportNotice } from './gridImportIssues';
import { badPlacemarkTokens, type XmlElementLike } from './kmlCoordinateTokens';
import { placemarkFolders, type XmlNodeLike } from './kmlFolders';
import { kmlProperties } from './kmlProperties';
import { emptyCounts, normaliseGeometry } from './normaliseGeometry';

/** A station has hundreds of grids; a 50 MB outline file is already absurd. */
export const maxGridFileChars = 50 * 1024 * 1024;
export const maxGridFeatures = 20_000;
/** FeatureCollection → features → feature → geometry → coordinates → polygon → ring → position is 8. */
const maxJsonDepth = 24;

export interface RawFeature {
  /** 1-based, in file order. */
  index: number;
  geometry: unknown;
  properties: Record<string, unknown>;
}

export type ReadGridFileResult =
  | {
      ok: true;
      format: 'geojson' | 'kml';
      features: RawFeature[];
      propertyNames: string[];
      /** What was changed on reading, said once for the whole file (never a reason to refuse). */
      notices: GridImportNotice[];
    }
  | { ok: false; issue: GridImportIssue };

/** Anything with DOMParser's `parseFromString` (browser DOMParser, @xmldom/xmldom). */
export interface XmlParser {
  parseFromString(text: string, mimeType: 'text/xml'): unknown;
}

/** The slice of an XML Document this module reads (common/ has no DOM types). */
interface XmlDocumentLike {
  documentElement: { localName: string; nodeName: string } | null;
  getElementsByTagName(name: string): ArrayLike<XmlElementLike & XmlNodeLike>;
}

/** The column a KML placemark's folder name is offered under (see kmlFolders). */
export const kmlFolderColumn = 'Folder';

/** Stands in for a placemark's geometry that togeojson dropped because a coordinate is not a number. */
export interface UnreadableCoordinates {
  type: 'UnreadableCoordinates';
  token: string;
}

function fail(code: GridImportIssue['code'], detail: string, params: Record<string, string | number> = {}) {
  return { ok: false as const, issue: issue(null, code, detail, params) };
}

function toFeatures(value: unknown): RawFeature[] | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const obj = value as Record<string, unknown>;
  const asFeature = (f: unknown, i: number): RawFeature => {
    const feature = (f !== null && typeof f === 'object' ? f : {}) as Record<string, unknown>;
    const props = feature.properties;
    return {
      index: i + 1,
      geometry: feature.geometry ?? null,
      properties: props !== null && typeof props === 'object' && !Array.isArray(props) ? { ...props } : {},
    };
  };
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) return obj.features.map(asFeature);
  if (obj.type === 'Feature') return [asFeature(obj, 0)];
  if (typeof obj.type === 'string' && 'coordinates' in obj)
    return [{ index: 1, geometry: obj, properties: {} }];
  return null;
}

function readJson(text: string): ReadGridFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return fail('too-deep', 'JSON nested too deeply to read');
    const detail = `not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
    const at = jsonErrorAt(text);
    if (!at) return fail('file-unreadable', detail, { reason: 'JSON' });
    return at.truncated
      ? fail('json-truncated', detail, { line: at.line })
      : fail('json-invalid', detail, { line: at.line, column: at.column });
  }
  if (exceedsDepth(parsed, maxJsonDepth))
    return fail('too-deep', `JSON nested deeper than ${maxJsonDepth} levels`, { limit: maxJsonDepth });
  const features = toFeatures(parsed);
  if (features === null)
    return fail('not-feature-collection', 'GeoJSON must be a FeatureCollection, a Feature or a geometry');
  return finish('geojson', features);
}

function readKml(text: string, xml: XmlParser): ReadGridFileResult {
  // Entity declarations are how XML files attack parsers (billion laughs, external entities);
  // KML never needs them.
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    return fail('xml-doctype', 'XML with DOCTYPE/ENTITY declarations is refused', { reason: 'DOCTYPE' });
  let collection: unknown;
  let badTokens: Array<string | null> = [];
  let folders: Array<string | null> = [];
  try {
    const doc = xml.parseFromString(text, 'text/xml') as XmlDocumentLike;
    const root = doc.documentElement;
    if (!root || root.nodeName === 'parsererror' || doc.getElementsByTagName('parsererror').length > 0)
      return fail('xml-invalid', 'not well-formed XML', { line: 0, column: 0 });
    if (root.localName !== 'kml')
      return fail('not-feature-collection', `XML root is <${root.localName}>, not <kml>`);
    collection = kml(doc as never);
    const placemarks = doc.getElementsByTagName('Placemark');
    badTokens = badPlacemarkTokens(placemarks);
    folders = placemarkFolders(placemarks);
  } catch (error) {
    return { ok: false, issue: xmlRefusal(error) };
  }
  const features = toFeatures(collection);
  if (features === null) return fail('not-feature-collection', 'KML produced no features');
  // togeojson yields one feature per placemark, in document order
  const aligned = badTokens.length === features.length;
  const withFolders = aligned && folders.some((f) => f !== null);
  return finish(
    'kml',
    features.map((f, i) => {
      const token = aligned && f.geometry === null ? badTokens[i] : null;
      const geometry: unknown = token
        ? ({ type: 'UnreadableCoordinates', token } satisfies UnreadableCoordinates)
        : f.geometry;
      const properties = kmlProperties(f.properties);
      if (withFolders && !(kmlFolderColumn in properties)) properties[kmlFolderColumn] = folders[i] ?? '';
      return { ...f, geometry, properties };
    }),
  );
}

function finish(format: 'geojson' | 'kml', features: RawFeature[]): ReadGridFileResult {
  if (features.length === 0) return fail('no-features', 'the file holds no features');
  if (features.length > maxGridFeatures)
    return fail('too-many-features', `${features.length} features; at most ${maxGridFeatures}`, {
      count: features.length,
      limit: maxGridFeatures,
    });
  const names = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties)) names.add(k);
  const counts = emptyCounts();
  const withAltitude = new Set<number>();
  const normalised = features.map((f) => {
    const before = counts.extraDimension;
    const geometry = normaliseGeometry(f.geometry, counts);
    if (counts.extraDimension > before) withAltitude.add(f.index);
    return { ...f, geometry };
  });
  const notices: GridImportNotice[] = [];
  if (withAltitude.size > 0)
    notices.push(
      notice(
        counts.measure > 0 ? 'measure-dropped' : 'altitude-dropped',
        `${withAltitude.size} features had altitude${counts.measure > 0 ? ' or M values' : ''}; only longitude and latitude are kept`,
        { features: withAltitude.size, positions: counts.extraDimension },
      ),
    );
  if (counts.repeated > 0)
    notices.push(
      notice('repeated-positions-dropped', `${counts.repeated} repeated positions removed`, {
        positions: counts.repeated,
      }),
    );
  return { ok: true, format, features: normalised, propertyNames: [...names], notices };
}

/** Reads the file's text (decoded by the caller, e.g. with decodeGridText). */
export function readGridFile(text: string, xml: XmlParser): ReadGridFileResult {
  if (text.length > maxGridFileChars)
    return fail('file-too-large', `file larger than ${maxGridFileChars / 1024 / 1024} MB`, {
      limitMb: maxGridFileChars / 1024 / 1024,
    });
  const whole = text.replace(/^\uFEFF/, '');
  const start = whole.trimStart();
  if (start.length === 0) return fail('file-empty', 'the file is empty');
  if (start.startsWith('<')) return readKml(start, xml);
  // the untrimmed text, so an error's line number is the file's own
  return readJson(whole);
}

/** Reads the file's bytes: decodes them (BOM, XML declaration, UTF-8, else GB18030), then reads the text. */
export function readGridBytes(
  bytes: Uint8Array,
  xml: XmlParser,
): { result: ReadGridFileResult; encoding: string } {
  if (bytes.byteLength > maxGridFileChars)
    return {
      result: fail('file-too-large', `file larger than ${maxGridFileChars / 1024 / 1024} MB`, {
        limitMb: maxGridFileChars / 1024 / 1024,
      }),
      encoding: 'utf-8',
    };
  const { text, encoding } = decodeGridText(bytes);
  return { result: readGridFile(text, xml), encoding };
}
