/**
 * Pass-registration files for the import e2e, built in Node from the fixtures in
 * test/fixtures/passImport/ with three real standard addresses of the station's cache put in
 * for the `{H1}`… placeholders: the mixed CSV as it is, the clean CSV with a BOM and CRLF line
 * ends, and XLSX files with typed cells. Also a centre key pair made here (its public half
 * planted in the cache like a synced key), and the centre's own envelope opening, to prove
 * what the import sealed opens only under the registration's id.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import { identityKeyId, identityPublicJwkSchema, type IdentityKey, type ResidentIdEnvelope } from '#common/identity/envelopeFormat';
import { openEnvelope } from '#server/identity/openEnvelope';
import type { IdentitySecrets } from '#server/identity/identitySecrets';
import type { UploadFile } from './importFiles';

const dir = 'test/fixtures/passImport';

export interface Address {
  id: string;
  gridId: string;
  address: string;
  building: string;
  unit: string;
  room: string;
}

/** The fixture's text with `{Hn}`, `{Hn.b}`, `{Hn.u}`, `{Hn.r}` replaced by addresses[n-1]. */
export function fixtureText(name: string, addresses: readonly Address[]): string {
  return readFileSync(`${dir}/${name}`, 'utf8').replace(/\{H(\d)(?:\.([bur]))?\}/g, (_, n: string, part?: string) => {
    const a = addresses[Number(n) - 1];
    if (!a) throw new Error(`no address H${n}`);
    return part === 'b' ? a.building : part === 'u' ? a.unit : part === 'r' ? a.room : a.address;
  });
}

export function csvFile(name: string, text: string, { bom = false, crlf = false } = {}): UploadFile {
  const body = crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return { name, mimeType: 'text/csv', buffer: Buffer.from((bom ? '\uFEFF' : '') + body, 'utf8') };
}

/** The fixture's rows as cells (header first). */
export const fixtureRows = (text: string): string[][] =>
  Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;

/**
 * An XLSX of `rows` (header first) as an exporting system types its cells: times as date
 * cells, the first data row's phone as a number — and `idAsNumber` lines' ID as a number, as
 * Excel stores a pasted 18-digit number.
 */
export async function xlsxFile(name: string, rows: string[][], idAsNumber: readonly number[] = []): Promise<UploadFile> {
  const header = rows[0]!;
  const col = (title: string) => header.indexOf(title);
  const times = new Set([col('健康码时间'), col('提交时间')]);
  const data = rows.map((cells, r) =>
    cells.map((value, c) => {
      if (r === 0) return { value };
      if (times.has(c)) {
        const [d, t] = value.split(' ');
        const [y, m, day] = d!.split('-').map(Number);
        const [h, min] = t!.split(':').map(Number);
        // read-excel-file's convention: the wall-clock time as UTC
        return { value: new Date(Date.UTC(y!, m! - 1, day!, h!, min!)), format: 'yyyy-mm-dd hh:mm' };
      }
      if (c === col('手机号') && r === 1) return { value: Number(value) };
      if (c === col('身份证号') && idAsNumber.includes(r + 1)) return { value: Number(value) };
      return { value };
    }),
  );
  const buffer = await writeXlsxFile(data).toBuffer();
  return { name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer };
}

export interface CentreKeys {
  key: IdentityKey;
  open(envelope: ResidentIdEnvelope, registrationId: string): Promise<string | null>;
}

/** A centre key pair: the public half as the cache keeps it, and the centre's opening of an envelope. */
export async function centreKeys(): Promise<CentreKeys> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const key: IdentityKey = {
    keyId: await identityKeyId(pair.publicKey),
    publicKey: identityPublicJwkSchema.parse({ kty, crv, x, y }),
  };
  const secrets = { publicKey: key, privateKey: pair.privateKey, hmacSecret: Buffer.alloc(32) } as IdentitySecrets;
  return { key, open: (envelope, id) => openEnvelope(envelope, id, secrets) };
}
