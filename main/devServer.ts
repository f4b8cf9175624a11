/**
 * In development (`npm run dev` with Electron), main loads the vite dev server instead of the
 * built bundle. Accepted only when the app is not packaged and only for an http URL on
 * loopback, so a packaged app or a stray environment variable can't point it elsewhere.
 */
export function devServerOrigin(value: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:') return null;
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost' && url.hostname !== '[::1]') return null;
  return url.origin;
}
