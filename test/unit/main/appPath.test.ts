/**
 * resolveAppPath — the app:// protocol's (and the loopback server's) only way from a request to
 * a file — against traversal in every spelling, and a property: whatever it returns lies
 * inside the root.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveAppPath } from '#main/security';

const root = path.resolve('/srv/gridroom/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app:// URLs and request targets to files under root', () => {
    expect(resolveAppPath(root, 'app://gridroom/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://gridroom/assets/index-abc.js?v=1#x')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, '/assets/%E5%9C%B0%E5%9B%BE.json')).toBe(
      path.join(root, 'assets', '地图.json'),
    );
    expect(resolveAppPath(root, 'app://gridroom/%20spaced%20name.png')).toBe(
      path.join(root, ' spaced name.png'),
    );
  });

  it('maps the root and directory paths to index.html', () => {
    expect(resolveAppPath(root, 'app://gridroom')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://gridroom/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/?q=1')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, '/tiles/')).toBe(path.join(root, 'tiles', 'index.html'));
  });

  it.each([
    'app://../etc/passwd',
    'app://gridroom/../etc/passwd',
    'app://gridroom/assets/../../etc/passwd',
    'app://gridroom/./index.html',
    'app://gridroom/%2e%2e/etc/passwd',
    'app://gridroom/%2E%2E/etc/passwd',
    'app://gridroom/.%2e/etc/passwd',
    'app://gridroom/%2e%2e%2fetc%2fpasswd',
    'app://gridroom/%252e%252e/etc/passwd',
    'app://gridroom/%25252e%25252e/etc/passwd',
    'app://gridroom/..%5c..%5cwindows%5cwin.ini',
    'app://gridroom/..\\..\\windows\\win.ini',
    'app://gridroom/assets\\index.js',
    'app://gridroom//etc/passwd',
    'app://gridroom/%2fetc/passwd',
    'app://gridroom/C:/Windows/win.ini',
    'app://gridroom/C%3a%5cWindows',
    'app://gridroom/index.html%00.png',
    'app://gridroom/index.html\0.png',
    'app://gridroom/%0aindex.html',
    'app://gridroom/.env',
    'app://gridroom/%',
    'app://gridroom/%zz',
    'app://gridroom/%E0%A4%A',
    'app://gridroomx/index.html',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://gridroom/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    '/etc/passwd/../../..',
    '//evil.example/x',
    'etc/passwd',
    '',
  ])('rejects %j', (requestUrl) => {
    expect(resolveAppPath(root, requestUrl)).toBeNull();
  });

  it.each([undefined, null, 0, {}, ['app://gridroom/index.html'], new URL('app://gridroom/index.html')])(
    'rejects non-string %s',
    (value) => {
      expect(resolveAppPath(root, value)).toBeNull();
    },
  );

  it('rejects huge strings', () => {
    expect(resolveAppPath(root, `app://gridroom/${'a/'.repeat(5000)}x.js`)).toBeNull();
    expect(resolveAppPath(root, `/${'%2e'.repeat(1_000_000)}`)).toBeNull();
  });

  it('never returns a path outside root (property)', () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E%2e',
      '%252e',
      'a',
      'assets',
      '%5c',
      '\\',
      '%00',
      '',
      'C:',
      '%2f',
      'x.js',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), fc.boolean(), (segments, asAppUrl) => {
        const target = `/${segments.join('/')}`;
        const resolved = resolveAppPath(root, asAppUrl ? `app://gridroom${target}` : target);
        if (resolved !== null) {
          expect(resolved.startsWith(root + path.sep)).toBe(true);
          expect(resolved.split(path.sep)).not.toContain('..');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws, whatever the string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const resolved = resolveAppPath(root, text);
        if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }),
    );
  });
});
