/**
 * Every Electron security setting of Gridroom, in one place (docs/architecture.md §5): the window
 * webPreferences, the Content-Security-Policy, the `app://` scheme and its path-traversal
 * check, the URL guards, and `applySecurity`, which wires them into every webContents and
 * session. Tests and production use exactly these settings; there is no relaxed test mode.
 *
 * The guards are pure functions on `unknown` — they never trust the type of what arrives from
 * a renderer, a URL bar or a request line — and are unit-tested with hostile inputs. Only
 * `applySecurity` touches Electron, and only through the types imported below.
 */
import path from 'node:path';
import type { App, Session, WebContents, WebPreferences } from 'electron';
import type { LinkRefusalReason } from '#common/ipc/contract';
import { maxExternalUrlLength } from '#common/ipc/contract';
import { createLogger } from '#common/log';

export const appScheme = 'app';
export const appHost = 'gridroom';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** Longest request URL the app protocol accepts; anything longer is an attack or a bug. */
export const maxRequestUrlLength = 4096;

/** Privileges of the `app` scheme, registered before `ready`. `corsEnabled` is deliberately
 * left unset: the whole renderer is one origin (app://gridroom), so same-origin module scripts
 * and fetches need no CORS, while `corsEnabled: true` would make the scheme's files readable
 * from any other origin without an Access-Control-Allow-Origin check. */
export const appSchemePrivileges = { standard: true, secure: true, supportFetchAPI: true } as const;

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

// ---------------------------------------------------------------- Content-Security-Policy

export interface CspOptions {
  /** Origin of an online basemap tile server, e.g. https://tiles.example.cn */
  tileOrigin?: string | undefined;
  /** Origin of the central API, e.g. https://api.station.example.cn:8443 */
  apiOrigin?: string | undefined;
  /** Origin of the basemap tile server the user chose in the settings (desktop app; basemapFile.ts). */
  basemapOrigin?: string | null | undefined;
  /** A custom scheme the renderer may fetch from, e.g. the desktop app's `gridroom-pmtiles`. */
  fetchScheme?: string | undefined;
}

/** Reduces a configured http(s) origin to `scheme://host[:port]`; null for anything else
 * (paths, credentials, wildcards or `;` could widen or break the policy). */
export function normalizeOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 512) return null;
  if (/[\s;,'"*\\]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  return url.origin;
}

function configuredOrigin(label: string, value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  const origin = normalizeOrigin(value);
  if (origin === null)
    throw new Error(
      `${label} must be an http(s) origin such as https://host:port, got ${JSON.stringify(value)}`,
    );
  return [origin];
}

/** The strict CSP. Tiles are fetched by MapLibre (connect-src) and may be drawn as images
 * (img-src), so a tile origin is allowed in both. `'unsafe-inline'` for styles only, because
 * antd's CSS-in-JS injects <style> elements; scripts never run inline or from eval. */
export function buildCsp(options: CspOptions = {}): string {
  const tile = [
    ...configuredOrigin('tile origin', options.tileOrigin),
    ...configuredOrigin('basemap origin', options.basemapOrigin ?? undefined),
  ];
  const api = configuredOrigin('API origin', options.apiOrigin);
  const scheme =
    options.fetchScheme && /^[a-z][a-z0-9-]{1,30}$/.test(options.fetchScheme)
      ? [`${options.fetchScheme}:`]
      : [];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'", `${appScheme}:`]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...tile]],
    ['font-src', ["'self'", 'data:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', ["'self'", ...api, ...tile, ...scheme]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`).join('; ');
}

/** A protocol handler whose HTML replies carry the CSP of the moment (`csp()` is asked per reply),
 * so a basemap origin allowed at run time applies from the next page load on. */
export function withLiveCsp(
  handler: (request: Request) => Promise<Response>,
  csp: () => string,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await handler(request);
    if (response.headers.has('content-security-policy'))
      response.headers.set('content-security-policy', csp());
    return response;
  };
}

/** CSP options from the environment (GRIDROOM_TILE_ORIGIN, GRIDROOM_API_ORIGIN). */
export function cspOptionsFromEnv(env: Record<string, string | undefined>): CspOptions {
  return { tileOrigin: env.GRIDROOM_TILE_ORIGIN, apiOrigin: env.GRIDROOM_API_ORIGIN };
}

// ---------------------------------------------------------------- URL guards

/** True when `text` holds a C0 control character, DEL, or (optionally) a space, or any of
 * `extra`. Written as a loop because control characters in a regex read badly and lint. */
function hasForbiddenCharacter(text: string, options: { space?: boolean; extra?: string } = {}): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f || (options.space === true && code === 0x20)) return true;
    if (options.extra !== undefined && options.extra.includes(text.charAt(index))) return true;
  }
  return false;
}

export type ExternalUrlCheck =
  { ok: true; url: string } | { ok: false; reason: LinkRefusalReason; message: string };

/** Decides whether a URL may be handed to the operating system's browser: http(s) only,
 * no credentials, no control characters, bounded length. Returns the normalised URL. */
export function checkExternalUrl(value: unknown): ExternalUrlCheck {
  if (typeof value !== 'string' || value.length === 0) {
    return { ok: false, reason: 'invalid-url', message: 'URL must be a non-empty string' };
  }
  if (value.length > maxExternalUrlLength) {
    return {
      ok: false,
      reason: 'invalid-url',
      message: `URL longer than ${maxExternalUrlLength} characters`,
    };
  }
  // The URL parser silently strips tabs/newlines; refuse them instead of guessing intent.
  if (hasForbiddenCharacter(value, { space: true, extra: '\\' })) {
    return {
      ok: false,
      reason: 'invalid-url',
      message: 'URL contains whitespace, control characters or backslashes',
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'invalid-url', message: 'not an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: 'scheme-not-allowed',
      message: `scheme ${url.protocol} is not allowed; only http and https`,
    };
  }
  if (url.username || url.password) {
    return { ok: false, reason: 'invalid-url', message: 'URLs with credentials are not opened' };
  }
  if (!url.hostname) return { ok: false, reason: 'invalid-url', message: 'URL has no host' };
  return { ok: true, url: url.href };
}

export function isSafeExternalUrl(value: unknown): boolean {
  return checkExternalUrl(value).ok;
}

/** A window may only navigate within the app's own origin (plus, in development, the vite
 * dev server's loopback origin passed in `extraOrigins`). */
export function isAllowedNavigation(value: unknown, extraOrigins: readonly string[] = []): boolean {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxRequestUrlLength) return false;
  if (hasForbiddenCharacter(value, { extra: '\\' })) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === `${appScheme}:`) return url.host === appHost;
  return extraOrigins.includes(url.origin) && (url.protocol === 'http:' || url.protocol === 'https:');
}

// ---------------------------------------------------------------- app:// files

/** Cuts the path out of `app://gridroom/...` or an origin-form request target `/...`,
 * without normalising it (normalising would hide `..` instead of refusing it). */
function rawPathOf(requestUrl: string): string | null {
  let rest: string;
  const prefix = `${appOrigin}`;
  if (requestUrl.slice(0, prefix.length).toLowerCase() === prefix) {
    rest = requestUrl.slice(prefix.length);
    if (rest !== '' && !/^[/?#]/.test(rest)) return null;
  } else if (requestUrl.startsWith('/')) {
    rest = requestUrl;
  } else {
    return null;
  }
  const end = rest.search(/[?#]/);
  const rawPath = end === -1 ? rest : rest.slice(0, end);
  return rawPath === '' ? '/' : rawPath;
}

/**
 * Maps a request for `app://gridroom/<path>` (or `/<path>` from the loopback server) to a file
 * under `root`, or null when the request is malformed or tries to leave `root`: `..` and `.`
 * segments (also percent-encoded), double encoding, backslashes, NUL and control characters,
 * drive letters or `:`, empty segments (`//`), dotfiles. A path ending in `/` means its
 * index.html. The result is checked once more to lie strictly inside `root`.
 */
export function resolveAppPath(root: string, requestUrl: unknown): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length === 0 || requestUrl.length > maxRequestUrlLength)
    return null;
  if (hasForbiddenCharacter(requestUrl, { extra: '\\' })) return null;
  const rawPath = rawPathOf(requestUrl);
  if (rawPath === null || !rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // A `%` left after one decoding is double encoding (`%252e`): never legitimate here.
  if (hasForbiddenCharacter(decoded, { extra: '\\%:' })) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.length === 0) return null;
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = 'index.html';
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;
  const base = path.resolve(root);
  const resolved = path.resolve(base, ...segments);
  if (!resolved.startsWith(base + path.sep)) return null;
  return resolved;
}

// ---------------------------------------------------------------- wiring

export interface SecurityWiring {
  /** Opens an already-checked http(s) URL in the system browser. */
  openExternal: (url: string) => Promise<void>;
  /** Origins besides app://gridroom that windows may navigate to (dev server only). */
  extraOrigins?: readonly string[];
  /** Reports a blocked action; defaults to the `security` logger. */
  log?: (message: string) => void;
}

const securityLog = createLogger('security');

function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function hardenWebContents(contents: WebContents, wiring: SecurityWiring): void {
  const extraOrigins = wiring.extraOrigins ?? [];
  const log = wiring.log ?? ((message: string) => securityLog.warn(message));
  contents.setWindowOpenHandler(({ url }) => {
    const check = checkExternalUrl(url);
    if (check.ok) {
      wiring.openExternal(check.url).catch((error: unknown) => log(`openExternal failed: ${String(error)}`));
    } else {
      log(`window.open refused (${check.message})`);
    }
    return { action: 'deny' };
  });
  const guardNavigation = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (!isAllowedNavigation(event.url, extraOrigins)) {
      event.preventDefault();
      log(`${kind} to ${event.url.slice(0, 200)} blocked`);
    }
  };
  contents.on('will-navigate', guardNavigation('navigation'));
  contents.on('will-frame-navigate', guardNavigation('frame navigation'));
  contents.on('will-redirect', guardNavigation('redirect'));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview refused');
  });
}

/** Call once, before any window exists: every webContents created later is hardened, and the
 * default session (and any session a webContents uses) denies every permission. */
export function applySecurity(app: App, defaultSession: Session, wiring: SecurityWiring): void {
  denyAllPermissions(defaultSession);
  app.on('web-contents-created', (_event, contents) => {
    if (contents.session !== defaultSession) denyAllPermissions(contents.session);
    hardenWebContents(contents, wiring);
  });
}
