/**
 * The .xlsx zip-bomb guard against real bombs built here with zlib: refused from the central
 * directory alone (declared total, ratio, ZIP64 too), refused when the directory lies (entries
 * sharing data, data inflating beyond the declared size), and a real spreadsheet let through.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { readZipDirectory, zipLimits } from '#common/import/tables/zipDirectory';
import { checkZipInflation } from '#common/import/tables/zipInflateGuard';
import { lyingXlsx, overlappingXlsx, writeZip, xlsxBomb } from '../../e2e/support/zipBombs';

const blobOf = (b: Uint8Array) => new Blob([b as Uint8Array<ArrayBuffer>]);
const directory = (blob: Blob) =>
  readZipDirectory(blob.size, async (s, e) => new Uint8Array(await blob.slice(s, e).arrayBuffer()));

async function guard(bytes: Uint8Array) {
  const blob = blobOf(bytes);
  const dir = await directory(blob);
  if (!dir.ok) return dir.refusal;
  return checkZipInflation(dir.entries, (s, e) => blob.slice(s, e));
}

describe('zip directory guard', () => {
  it('lets a real spreadsheet through', async () => {
    const xlsx = await writeXlsxFile([[{ value: '地址' }], [{ value: '禾山路1号' }]]).toBuffer();
    expect(await guard(xlsx)).toBeNull();
  });

  it('refuses a 1000:1 sheet before inflating it, ZIP64 or not', async () => {
    for (const zip64 of [false, true]) {
      const bomb = xlsxBomb(20, { zip64 });
      expect(bomb.length).toBeLessThan(100_000);
      const refusal = await guard(bomb);
      expect(refusal?.code).toBe('zip-ratio');
      if (refusal?.code === 'zip-ratio') {
        expect(refusal.params.entry).toBe('xl/worksheets/sheet1.xml');
        expect(refusal.params.ratio).toBeGreaterThan(500);
      }
    }
  });

  it('refuses a declared total over 200 MB even at an innocent ratio', async () => {
    // 3 × 80 MB declared over 0.9 MB of incompressible data each: ≤ 100:1 per entry
    const zip = writeZip(
      [1, 2, 3].map((i) => ({
        name: `xl/worksheets/sheet${i}.xml`,
        data: randomBytes(900_000),
        declaredSize: 80 * 1024 * 1024,
      })),
      { zip64: true },
    );
    const refusal = await guard(zip);
    expect(refusal).toEqual({ code: 'zip-too-large', params: { declaredMb: 240, limitMb: 200 } });
    expect(zipLimits.maxUncompressedBytes).toBe(200 * 1024 * 1024);
  });

  it('refuses a directory whose data inflates beyond what it declares, without inflating it all', async () => {
    const liar = lyingXlsx(64);
    const before = process.memoryUsage().arrayBuffers;
    const refusal = await guard(liar);
    expect(refusal).toMatchObject({
      code: 'zip-inconsistent',
      params: { entry: 'xl/worksheets/sheet1.xml', why: 'inflates beyond its declared size' },
    });
    // counted and dropped chunk by chunk: nowhere near 64 MB held
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('refuses entries that share their data (the overlapping-entry bomb)', async () => {
    expect(await guard(overlappingXlsx())).toMatchObject({
      code: 'zip-inconsistent',
      params: { why: 'entries overlap' },
    });
  });

  it('refuses a file that is not a zip, and a cut one', async () => {
    expect(await guard(new TextEncoder().encode('地址,网格\n'.repeat(10)))).toEqual({ code: 'zip-not-zip' });
    const xlsx = await writeXlsxFile([[{ value: '地址' }]]).toBuffer();
    expect((await guard(xlsx.subarray(0, xlsx.length - 30)))?.code).toMatch(/zip-not-zip|zip-inconsistent/);
  });

  it('refuses a compressed size no deflate could produce for the declared size', async () => {
    const zip = writeZip([{ name: 'a.xml', data: randomBytes(50_000), declaredSize: 10 }]);
    expect(await guard(zip)).toMatchObject({ code: 'zip-inconsistent', params: { entry: 'a.xml' } });
  });
});
