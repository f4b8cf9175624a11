/**
 * The Content-Security-Policy of main/security.ts: strict by default, widened only by valid
 * configured origins, never by a value that could inject a directive.
 */
import { describe, expect, it } from 'vitest';
import { buildCsp, cspOptionsFromEnv, normalizeOrigin } from '#main/security';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('buildCsp', () => {
  const csp = buildCsp();
  const parsed = directives(csp);

  it('never allows eval or inline scripts', () => {
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
    expect(parsed.get('script-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base and framing', () => {
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'none'"]);
    expect(parsed.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keeps the defaults to the app itself', () => {
    expect(parsed.get('default-src')).toEqual(["'self'", 'app:']);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
    expect(parsed.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(parsed.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(parsed.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp).not.toMatch(/(^|\s)(\*|https?:)(\s|;|$)/);
  });

  it('adds configured tile and API origins where they are needed', () => {
    const widened = directives(
      buildCsp({ tileOrigin: 'https://tiles.example.cn/', apiOrigin: 'http://10.0.0.5:8080' }),
    );
    expect(widened.get('img-src')).toContain('https://tiles.example.cn');
    expect(widened.get('connect-src')).toEqual([
      "'self'",
      'http://10.0.0.5:8080',
      'https://tiles.example.cn',
    ]);
    expect(widened.get('script-src')).toEqual(["'self'"]);
  });

  it.each([
    "https://a.cn; script-src 'unsafe-eval'",
    'https://*.example.cn',
    '*',
    'https://a.cn/path',
    'https://user:pw@a.cn',
    'javascript:alert(1)',
    'ftp://a.cn',
    "https://a.cn' 'unsafe-inline",
  ])('refuses to build with a bad origin %j', (origin) => {
    expect(() => buildCsp({ apiOrigin: origin })).toThrow(/origin/);
    expect(normalizeOrigin(origin)).toBeNull();
  });

  it('reads its options from the environment', () => {
    expect(
      cspOptionsFromEnv({ GRIDROOM_API_ORIGIN: 'https://api.cn', GRIDROOM_TILE_ORIGIN: undefined }),
    ).toEqual({
      apiOrigin: 'https://api.cn',
      tileOrigin: undefined,
    });
  });
});
