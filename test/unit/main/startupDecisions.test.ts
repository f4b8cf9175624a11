/**
 * Small pure decisions main/index.ts makes at startup: the data directory (and refusing to
 * start in test mode without one), the briefing display, the dev-server origin, app info.
 */
import { describe, expect, it } from 'vitest';
import { appInfoSchema } from '#common/ipc/contract';
import { buildAppInfo } from '#main/appInfo';
import { decideDataDir } from '#main/dataDir';
import { devServerOrigin } from '#main/devServer';
import { displayLabel, pickBriefingDisplay } from '#main/displays';

describe('decideDataDir', () => {
  it('refuses test mode without a data directory', () => {
    expect(decideDataDir({ GRIDROOM_TEST: '1' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/GRIDROOM_DATA_DIR/),
    });
    expect(decideDataDir({ GRIDROOM_TEST: '1', GRIDROOM_DATA_DIR: '' })).toMatchObject({ ok: false });
  });

  it('uses the given absolute directory', () => {
    expect(decideDataDir({ GRIDROOM_TEST: '1', GRIDROOM_DATA_DIR: '/tmp/gr-1' })).toEqual({
      ok: true,
      dataDir: '/tmp/gr-1',
      testMode: true,
    });
    expect(decideDataDir({})).toEqual({ ok: true, dataDir: undefined, testMode: false });
  });

  it('refuses relative or NUL-bearing paths', () => {
    expect(decideDataDir({ GRIDROOM_DATA_DIR: 'data' })).toMatchObject({ ok: false });
    expect(decideDataDir({ GRIDROOM_DATA_DIR: '/tmp/a\0b' })).toMatchObject({ ok: false });
  });
});

describe('pickBriefingDisplay', () => {
  const primary = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  const wall = { id: 7, label: '', bounds: { x: 1920, y: 0, width: 3840, height: 2160 } };

  it('prefers the second display', () => {
    expect(pickBriefingDisplay([primary, wall], primary)).toEqual({ display: wall, external: true });
    expect(pickBriefingDisplay([wall, primary], primary)).toEqual({ display: wall, external: true });
  });

  it('falls back to the primary display', () => {
    expect(pickBriefingDisplay([primary], primary)).toEqual({ display: primary, external: false });
    expect(pickBriefingDisplay([], primary)).toEqual({ display: primary, external: false });
  });

  it('labels unnamed displays in Chinese', () => {
    expect(displayLabel(wall, true)).toBe('显示器 7');
    expect(displayLabel(primary, false)).toBe('Built-in');
  });
});

describe('devServerOrigin', () => {
  it('accepts only loopback http, and never when packaged', () => {
    expect(devServerOrigin('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://127.0.0.1:5173', true)).toBeNull();
    expect(devServerOrigin('https://127.0.0.1:5173', false)).toBeNull();
    expect(devServerOrigin('http://evil.example:5173', false)).toBeNull();
    expect(devServerOrigin('javascript:alert(1)', false)).toBeNull();
    expect(devServerOrigin(undefined, false)).toBeNull();
  });
});

describe('buildAppInfo', () => {
  it('fills the contract shape, also where a version is unknown', () => {
    const info = buildAppInfo({
      name: 'Gridroom',
      version: '0.1.0',
      versions: { node: '20.19.0' },
      platform: 'linux',
      dataDir: '/tmp/x',
      isPackaged: false,
    });
    expect(appInfoSchema.parse(info)).toEqual(info);
    expect(info.electronVersion).toBe('unknown');
  });
});
