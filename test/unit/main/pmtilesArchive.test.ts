/**
 * The PMTiles archive check shared by the browser settings and main's open dialog: real
 * archives written by the test fixture are accepted (and read back by the pmtiles library
 * itself, so the fixture is a real archive), while truncated, garbage and hostile ones are
 * refused with a named problem — never an exception, a hang or a huge allocation.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PMTiles, type Source } from 'pmtiles';
import {
  checkPmtilesStart,
  decodeDirectory,
  decompressBounded,
  MAX_DIRECTORY_BYTES,
  PMTILES_START_BYTES,
} from '#common/basemap/pmtilesArchive';
import { earthVectorArchive, solidPng, solidRasterArchive, tileOf } from '../../e2e/support/pmtilesFixture';

const xiamen = [118.0, 24.4, 118.25, 24.6] as const;
const raster = solidRasterArchive([255, 0, 255], xiamen, 10, 12);

const check = (bytes: Uint8Array) => checkPmtilesStart(bytes.subarray(0, PMTILES_START_BYTES), bytes.length);

function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: bytes.slice(offset, offset + length).buffer }),
  };
}

describe('PMTiles archive check', () => {
  it('accepts a raster archive and reports its tile type, zooms and bounds', async () => {
    const result = await check(raster);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header.summary.tileType).toBe('png');
    expect(result.header.summary.minZoom).toBe(10);
    expect(result.header.summary.maxZoom).toBe(12);
    result.header.summary.bounds.forEach((v, i) => expect(v).toBeCloseTo(xiamen[i] as number, 6));
  });

  it('accepts a vector archive', async () => {
    const result = await check(earthVectorArchive(xiamen, 8, 9));
    expect(result.ok && result.header.summary.tileType).toBe('mvt');
  });

  it('writes archives the pmtiles library reads back tile for tile', async () => {
    const archive = new PMTiles(memorySource(raster));
    const [x, y] = tileOf(118.1, 24.5, 11);
    const tile = await archive.getZxy(11, x, y);
    expect(new Uint8Array(tile?.data ?? new ArrayBuffer(0))).toEqual(solidPng([255, 0, 255]));
    expect(await archive.getZxy(11, 0, 0)).toBeUndefined();
  });

  it('refuses an empty file, garbage and an older version with the matching problem', async () => {
    expect(await check(new Uint8Array())).toMatchObject({ ok: false, problem: 'empty' });
    expect(await check(new TextEncoder().encode('<html>not a map</html>'))).toMatchObject({
      ok: false,
      problem: 'not-pmtiles',
    });
    const v2 = Uint8Array.from([0x50, 0x4d, 2, 0, ...new Array(200).fill(0)]);
    expect(await check(v2)).toMatchObject({ ok: false, problem: 'unsupported-version' });
    const v4 = raster.slice();
    v4[7] = 4;
    expect(await check(v4)).toMatchObject({ ok: false, problem: 'unsupported-version' });
  });

  it('refuses every truncation of a real archive', async () => {
    for (const cut of [3, 50, 126, 127, 200, raster.length - 1]) {
      const result = await check(raster.subarray(0, cut));
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) expect(['too-small', 'truncated']).toContain(result.problem);
    }
  });

  it('refuses unsupported tile types and compressions', async () => {
    const mlt = raster.slice();
    mlt[99] = 6;
    expect(await check(mlt)).toMatchObject({ ok: false, problem: 'unsupported-tile-type' });
    const brotli = raster.slice();
    brotli[97] = 3;
    expect(await check(brotli)).toMatchObject({ ok: false, problem: 'unsupported-compression' });
  });

  it('refuses a directory claiming more entries than its bytes can hold (no loop of 2^50)', () => {
    const hostile = Uint8Array.from([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, 1, 1, 1, 1]);
    expect(() => decodeDirectory(hostile, { tileDataLength: 10, leafDirectoryLength: 0 })).toThrow(
      /bad-directory/,
    );
  });

  it('stops a gzip bomb at the cap instead of inflating it', async () => {
    const cap = 1024 * 1024;
    const bomb = gzipSync(new Uint8Array(cap * 4));
    await expect(decompressBounded(bomb, 'gzip', cap)).rejects.toThrow(/more than/);
    expect(MAX_DIRECTORY_BYTES).toBeLessThanOrEqual(32 * cap);
  });

  it('refuses damaged gzip in the root directory', async () => {
    const damaged = raster.slice();
    damaged[97] = 2; // says gzip, holds plain varints
    expect(await check(damaged)).toMatchObject({ ok: false, problem: 'bad-directory' });
  });

  it('never throws on any mutation or truncation of a real archive', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(400), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        fc.nat(raster.length),
        async (edits, cut) => {
          const bytes = raster.slice(0, Math.max(cut, 1));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const result = await check(bytes);
          return typeof result.ok === 'boolean';
        },
      ),
      { numRuns: 300 },
    );
  });
});
