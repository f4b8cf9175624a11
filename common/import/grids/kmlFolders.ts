/**
 * The folder each KML placemark sits in, as a column: Google Earth and 天地图 users file grids
 * in folders named after their community or street (<Folder><name>金山社区</name>…), and that
 * is often the only place a file says so. The innermost named folder counts; placemarks in
 * document order, as togeojson yields them.
 */

/** The slice of an XML node this module reads (common/ has no DOM types). */
export interface XmlNodeLike {
  nodeType: number;
  localName?: string | null;
  textContent: string | null;
  parentNode: XmlNodeLike | null;
  childNodes: ArrayLike<XmlNodeLike>;
}

const ELEMENT = 1;

function ownName(folder: XmlNodeLike): string | null {
  for (let i = 0; i < folder.childNodes.length; i++) {
    const child = folder.childNodes[i]!;
    if (child.nodeType === ELEMENT && child.localName === 'name') {
      const text = (child.textContent ?? '').trim();
      return text === '' ? null : text.slice(0, 200);
    }
  }
  return null;
}

/** For each placemark, the name of the innermost named <Folder> around it, or null. */
export function placemarkFolders(placemarks: ArrayLike<XmlNodeLike>): Array<string | null> {
  const out: Array<string | null> = [];
  for (let i = 0; i < placemarks.length; i++) {
    let name: string | null = null;
    for (let node = placemarks[i]!.parentNode; node && name === null; node = node.parentNode)
      if (node.nodeType === ELEMENT && node.localName === 'Folder') name = ownName(node);
    out.push(name);
  }
  return out;
}
