import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { readFileSync } from 'node:fs';
const doc = new DOMParser().parseFromString(readFileSync(process.argv[2]!, 'utf8'), 'text/xml');
console.log(JSON.stringify(kml(doc as never), null, 0).slice(0, 3000));
