/**
 * KML files for the grid-import e2e, written the way Google Earth Pro saves a "My Places"
 * folder: a <Document> with a StyleMap, nested <Folder>s, placemarks whose only data is
 * <name> and a CDATA <description>, and `lng,lat,0` positions (altitude always written). Built
 * in Node from the station's own grid rows, so the outlines are valid and inside the station.
 */
import type { Row, UploadFile } from './importFiles';

type Ring = Array<[number, number]>;

function polygonKml(rings: Ring[]): string {
  const ring = (r: Ring) =>
    `<LinearRing><coordinates>\n\t\t\t\t${r.map(([x, y]) => `${x},${y},0`).join(' ')} \n\t\t\t</coordinates></LinearRing>`;
  const [outer, ...holes] = rings;
  return [
    '<Polygon><tessellate>1</tessellate>',
    `<outerBoundaryIs>${ring(outer!)}</outerBoundaryIs>`,
    ...holes.map((h) => `<innerBoundaryIs>${ring(h)}</innerBoundaryIs>`),
    '</Polygon>',
  ].join('\n');
}

function geometryKml(geometry: { type: string; coordinates: unknown }): string {
  if (geometry.type === 'Polygon') return polygonKml(geometry.coordinates as Ring[]);
  const parts = (geometry.coordinates as Ring[][]).map(polygonKml);
  return parts.length === 1 ? parts[0]! : `<MultiGeometry>${parts.join('\n')}</MultiGeometry>`;
}

/** Google-Earth-style KML: each grid a placemark named by its code, with altitudes; nothing else. */
export function googleEarthKml(grids: Row[], fileName = '网格边界_GoogleEarth.kml'): UploadFile {
  const placemarks = grids.map(
    (g) => `\t\t<Placemark>
\t\t\t<name>${String(g.code)}</name>
\t\t\t<description><![CDATA[<b>${String(g.name)}</b><br/>由 Google Earth 导出]]></description>
\t\t\t<styleUrl>#m_ylw-pushpin</styleUrl>
\t\t\t${geometryKml(g.geometry as { type: string; coordinates: unknown })}
\t\t</Placemark>`,
  );
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2" xmlns:kml="http://www.opengis.net/kml/2.2" xmlns:atom="http://www.w3.org/2005/Atom">
<Document>
\t<name>${fileName}</name>
\t<StyleMap id="m_ylw-pushpin"><Pair><key>normal</key><styleUrl>#s_ylw-pushpin</styleUrl></Pair><Pair><key>highlight</key><styleUrl>#s_ylw-pushpin_hl</styleUrl></Pair></StyleMap>
\t<Style id="s_ylw-pushpin"><LineStyle><color>ff0000ff</color><width>2</width></LineStyle><PolyStyle><color>4d0000ff</color></PolyStyle></Style>
\t<Style id="s_ylw-pushpin_hl"><LineStyle><color>ff0000ff</color><width>3</width></LineStyle><PolyStyle><color>4d0000ff</color></PolyStyle></Style>
\t<Folder>
\t\t<name>我的地点</name>
\t\t<open>1</open>
\t\t<Folder>
\t\t<name>网格</name>
${placemarks.join('\n')}
\t\t</Folder>
\t</Folder>
</Document>
</kml>
`;
  return {
    name: fileName,
    mimeType: 'application/vnd.google-earth.kml+xml',
    buffer: Buffer.from(text, 'utf8'),
  };
}
