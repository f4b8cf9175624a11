/**
 * The map's point symbols (symbolIcons.ts) as image URLs for paper: drawn once per symbol and
 * kept, so a report with a thousand incident markers references one picture per kind, and the
 * printed map and its legend show the very same icons.
 */
import { drawIcon } from '#renderer/map/symbolIcons';

const urls = new Map<string, string>();

export function iconUrl(id: string): string {
  let url = urls.get(id);
  if (url === undefined) {
    url = drawIcon(id).toDataURL();
    urls.set(id, url);
  }
  return url;
}
