/**
 * The URL guards of main/security.ts with hostile inputs: only http(s) leaves the app, only
 * app://gridroom (and an explicitly passed dev origin) may be navigated to.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkExternalUrl, isAllowedNavigation, isSafeExternalUrl } from '#main/security';

const hostileNonHttp = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'file:///etc/passwd',
  'file://C:/Windows/System32/calc.exe',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'app://gridroom/index.html',
  'app://../etc/passwd',
  'ms-msdt:/id PCWDiagnostic',
  'smb://host/share',
  'chrome://settings',
  'about:blank',
  'blob:https://example.com/uuid',
];

const nonStrings: unknown[] = [
  undefined,
  null,
  42,
  {},
  [],
  true,
  Symbol('x'),
  () => 'https://a.cn',
  new URL('https://a.cn'),
];

describe('checkExternalUrl / isSafeExternalUrl', () => {
  it('accepts plain http and https and returns the normalised URL', () => {
    expect(checkExternalUrl('https://www.gov.cn/')).toEqual({ ok: true, url: 'https://www.gov.cn/' });
    expect(checkExternalUrl('HTTP://Example.COM/a?b=1#c')).toEqual({
      ok: true,
      url: 'http://example.com/a?b=1#c',
    });
    expect(isSafeExternalUrl('https://map.example.cn:8443/tiles')).toBe(true);
  });

  it.each(hostileNonHttp)('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('says why: scheme versus malformed', () => {
    expect(checkExternalUrl('file:///etc/passwd')).toMatchObject({ ok: false, reason: 'scheme-not-allowed' });
    expect(checkExternalUrl('not a url')).toMatchObject({ ok: false, reason: 'invalid-url' });
    expect(checkExternalUrl('/relative/path')).toMatchObject({ ok: false, reason: 'invalid-url' });
  });

  it('refuses credentials, control characters, backslashes and NUL', () => {
    for (const url of [
      'https://user:pass@example.com/',
      'https://example.com@evil.com/',
      'https://exa\nmple.com/',
      'https://example.com/\0',
      'https:\\\\evil.com',
      'https://example.com/ path',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it.each(nonStrings)('refuses non-string %s', (value) => {
    expect(isSafeExternalUrl(value)).toBe(false);
  });

  it('refuses huge strings', () => {
    expect(isSafeExternalUrl(`https://example.com/${'a'.repeat(5000)}`)).toBe(false);
    expect(isSafeExternalUrl('h'.repeat(10_000_000))).toBe(false);
  });

  it('never accepts anything whose scheme is not http(s) (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const check = checkExternalUrl(text);
        if (check.ok) expect(['http:', 'https:']).toContain(new URL(check.url).protocol);
      }),
    );
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app origin only', () => {
    expect(isAllowedNavigation('app://gridroom/index.html')).toBe(true);
    expect(isAllowedNavigation('app://gridroom/index.html#/briefing')).toBe(true);
    expect(isAllowedNavigation('app://evil/index.html')).toBe(false);
    expect(isAllowedNavigation('app://gridroom.evil.cn/')).toBe(false);
  });

  it.each([
    ...hostileNonHttp.filter((url) => !url.startsWith('app://gridroom')),
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'app://user@gridroom/',
    'app://gridroom\\..\\',
  ])('blocks %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('allows a dev origin only when passed explicitly, and only that origin', () => {
    const dev = ['http://127.0.0.1:5173'];
    expect(isAllowedNavigation('http://127.0.0.1:5173/#/board', dev)).toBe(true);
    expect(isAllowedNavigation('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isAllowedNavigation('https://example.com/', dev)).toBe(false);
  });

  it.each(nonStrings)('blocks non-string %s', (value) => {
    expect(isAllowedNavigation(value)).toBe(false);
  });

  it('blocks huge strings', () => {
    expect(isAllowedNavigation(`app://gridroom/${'a'.repeat(100_000)}`)).toBe(false);
  });
});
