/**
 * Names of the files this feature writes — `<station>_<title>_<YYYY-MM-DD>.<ext>`, e.g.
 * `禾山派出所_网格_2026-11-27.geojson` — made from the station's name and a translated title
 * with the reports' file-name sanitiser (illegal, control and invisible characters become `_`).
 * A picked file's own name is never part of a path: it is only shown (displayFileName).
 */
import { safeFileNamePart } from '#renderer/export/exportFileName';
import { formatShanghai } from '#renderer/export/wallClock';

export function importFileName(
  stationName: string,
  title: string,
  ext: 'csv' | 'geojson',
  now = Date.now(),
): string {
  const station = [...safeFileNamePart(stationName)].slice(0, 40).join('');
  const head = [...safeFileNamePart(title)].slice(0, 40).join('') || 'export';
  const date = formatShanghai(now, 'date');
  return `${station ? `${station}_` : ''}${head}_${date}.${ext}`;
}

/**
 * A picked file's name as the screen shows it: control and invisible format characters (a
 * right-to-left override can disguise an extension) written out as \u{…}, and cut to 120
 * characters. React escapes the rest; the name is never used as a path.
 */
export function displayFileName(name: string): string {
  const shown = name.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
  const chars = [...shown];
  return chars.length > 120 ? `${chars.slice(0, 119).join('')}…` : shown;
}
