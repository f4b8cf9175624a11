/**
 * The basemap setting: older settings records (only `basemapUrl`) are read as the matching
 * basemap, tile URLs and attributions are validated with a field-named message, and a PMTiles
 * setting needs a checked file. Bad input parses to nothing.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { basemapSettingSchema, migrateBasemap, tileUrlSchema } from '#renderer/db/basemapSetting';
import { settingsSchema } from '#renderer/db/localRows';
import { basemapFromForm } from '#renderer/features/basemap/basemapForm';

const older = { language: 'zh-CN', workstation: '值班台-1', role: 'duty-officer' };

describe('older settings records', () => {
  it('read a basemapUrl as a WGS-84 raster basemap', () => {
    const raw = { ...older, basemapUrl: 'http://tiles.local/{z}/{x}/{y}.png' };
    expect(settingsSchema.parse(migrateBasemap(raw)).basemap).toEqual({
      kind: 'raster',
      url: 'http://tiles.local/{z}/{x}/{y}.png',
      crs: 'wgs84',
      attribution: '',
    });
  });

  it('read a null or broken basemapUrl as no basemap', () => {
    for (const basemapUrl of [null, 'javascript:alert(1)/{z}/{x}/{y}', 42])
      expect(settingsSchema.parse(migrateBasemap({ ...older, basemapUrl })).basemap).toEqual({
        kind: 'none',
      });
    expect(settingsSchema.parse(migrateBasemap(older)).basemap).toEqual({ kind: 'none' });
  });

  it('leave a record that has a basemap as it is', () => {
    const raw = { ...older, basemap: { kind: 'none' }, basemapUrl: 'http://x/{z}/{x}/{y}' };
    expect(migrateBasemap(raw)).toBe(raw);
  });
});

describe('tile URLs', () => {
  it.each([
    'http://tiles.local/{z}/{x}/{y}.png',
    'https://10.1.2.3:8443/wmts/{z}/{y}/{x}',
    'http://127.0.0.1:8080/tiles/{z}/{x}/{y}.mvt?style=dark',
  ])('accepts %s', (url) => expect(tileUrlSchema.safeParse(url).success).toBe(true));

  it.each([
    'ftp://tiles/{z}/{x}/{y}',
    'http://tiles.local/{z}/{x}.png',
    'http://user:pw@tiles.local/{z}/{x}/{y}',
    'http://tiles local/{z}/{x}/{y}',
    'file:///etc/{z}/{x}/{y}',
    '',
  ])('refuses %s with a URL message', (url) => {
    const result = basemapFromForm({ kind: 'raster', url, crs: 'wgs84', attribution: '' }, null);
    expect(result).toEqual({ ok: false, errors: [{ field: 'url', key: 'basemap.error.tile-url-invalid' }] });
  });

  it('never accepts a string without all three placeholders', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const parsed = tileUrlSchema.safeParse(`http://a.cn/${text}`);
        return !parsed.success || (/\{z\}/.test(text) && /\{x\}/.test(text) && /\{y\}/.test(text));
      }),
    );
  });
});

describe('the form', () => {
  it('asks for a file before saving a PMTiles basemap', () => {
    expect(basemapFromForm({ kind: 'pmtiles', url: '', crs: 'gcj02', attribution: '' }, null)).toEqual({
      ok: false,
      errors: [{ field: 'file', key: 'basemap.error.file-required' }],
    });
  });

  it('names the attribution field when it is too long', () => {
    const result = basemapFromForm(
      { kind: 'vector', url: 'http://t/{z}/{x}/{y}.mvt', crs: 'wgs84', attribution: 'x'.repeat(201) },
      null,
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'attribution', key: 'basemap.error.attribution-too-long' }],
    });
  });

  it('keeps the coordinate system of each kind', () => {
    const result = basemapFromForm(
      { kind: 'raster', url: 'http://t/{z}/{x}/{y}', crs: 'gcj02', attribution: ' 本所 ' },
      null,
    );
    expect(result.ok && result.setting).toEqual({
      kind: 'raster',
      url: 'http://t/{z}/{x}/{y}',
      crs: 'gcj02',
      attribution: '本所',
    });
    expect(
      basemapSettingSchema.safeParse({ kind: 'raster', url: 'http://t/{z}/{x}/{y}', crs: 'bd09' }).success,
    ).toBe(false);
  });
});
