/**
 * The signed pass code (common/epass/passCode.ts) and the gate's verdict on it
 * (common/epass/gateVerdict.ts), with real Ed25519 keys through WebCrypto: a genuine code reads
 * back exactly; a forged signature, an altered payload byte, a truncated code, a wrong key, an
 * oversize code and a demo-signed code at an enrolled gate are refused with their reason; a
 * genuine code from another station, a revoked, re-signed, expired or not-yet-valid pass, a
 * pass for another grid, a colour the grid forbids and an exit at an in-only checkpoint each
 * get theirs; arbitrary text never throws. The centre's node:crypto signer is checked too.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_PASS_KEY, signDemoPassCode } from '#common/epass/demoPassKey';
import { judgeGatePass, isFever, type GateContext } from '#common/epass/gateVerdict';
import {
  buildPassCode,
  decodePassPayload,
  encodePassPayload,
  importPassPublicKey,
  readPassCode,
  type PassCodePayload,
  type PassCodeReading,
} from '#common/epass/passCode';
import { passKeyId } from '#common/epass/passKey';
import { codeSays, passPayloadOf } from '#common/epass/passPayload';
import { fromBase64url, toBase64url } from '#common/identity/base64url';
import { PASS_CODE_MAX, type PassRegistration } from '#common/schemas/pass';

const NOW = Date.UTC(2022, 9, 1, 2);
const DAY = 86_400_000;
const subtle = globalThis.crypto.subtle;

async function keyPair() {
  const pair = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = toBase64url(new Uint8Array(await subtle.exportKey('raw', pair.publicKey)));
  return {
    raw,
    verify: await importPassPublicKey(raw),
    sign: async (message: Uint8Array<ArrayBuffer>) =>
      new Uint8Array(await subtle.sign({ name: 'Ed25519' }, pair.privateKey, message)),
  };
}

const stationId = randomUUID();
const gridId = randomUUID();

function registration(overrides: Partial<PassRegistration> = {}): PassRegistration {
  return {
    id: randomUUID(),
    stationId,
    version: 3,
    updatedAt: NOW - DAY,
    updatedBy: 'system',
    deleted: false,
    source: 'city-system',
    externalRef: 'CITY-1',
    maskedName: '张*明',
    idMasked: '3502**********123X',
    idEnvelope: null,
    phone: '13800000000',
    claimedAddress: { address: '禾山路 1 号', building: '1', unit: '1', room: '101' },
    householdId: randomUUID(),
    gridId,
    householdRole: 'head',
    healthCode: 'green',
    healthCodeAt: NOW - 3_600_000,
    submittedAt: NOW - 2 * DAY,
    status: 'approved',
    reviewedBy: randomUUID(),
    reviewedAt: NOW - DAY,
    reason: null,
    reasonNote: '',
    validFrom: NOW - DAY,
    validUntil: NOW + 6 * DAY,
    flags: [],
    passCode: null,
    idPasses: null,
    ...overrides,
  };
}

function payloadOf(r: PassRegistration): PassCodePayload {
  const p = passPayloadOf(r, NOW - DAY);
  if (!p) throw new Error('not signable');
  return p;
}

const gate = (overrides: Partial<GateContext> = {}): GateContext => ({
  stationId,
  checkpoint: { gridId, mode: 'two-way' },
  level: 'controlled',
  direction: 'in',
  now: NOW,
  trust: 'centre',
  ...overrides,
});

/** A genuine code for `r`, stored on it as the centre would. */
async function issued(key: Awaited<ReturnType<typeof keyPair>>, r: PassRegistration) {
  const code = await buildPassCode(payloadOf(r), key.sign);
  return { code, registration: { ...r, passCode: code } };
}

const refusedWith = (reading: PassCodeReading) => (reading.ok ? 'ok' : `${reading.result}/${reading.defect}`);

describe('pass code', () => {
  it('round-trips: a genuine code reads back its exact payload, within PASS_CODE_MAX', async () => {
    const key = await keyPair();
    const r = registration({ maskedName: '欧阳*华', healthCode: 'yellow' });
    const code = await buildPassCode(payloadOf(r), key.sign);
    expect(code).toMatch(/^GRP1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(code.length).toBeLessThanOrEqual(PASS_CODE_MAX);
    const reading = await readPassCode(code, key.verify);
    expect(reading).toEqual({ ok: true, payload: payloadOf(r) });
    // a scanner's trailing whitespace does not matter
    expect((await readPassCode(`${code}\n`, key.verify)).ok).toBe(true);
  });

  it('refuses a forged signature, an altered payload byte and a wrong key as forged', async () => {
    const key = await keyPair();
    const other = await keyPair();
    const { code } = await issued(key, registration());
    const [prefix, payload, signature] = code.split('.') as [string, string, string];

    const sig = fromBase64url(signature);
    sig[10] = (sig[10] ?? 0) ^ 0x01;
    expect(refusedWith(await readPassCode(`${prefix}.${payload}.${toBase64url(sig)}`, key.verify))).toBe(
      'forged/signature',
    );

    for (const at of [0, 5, 20, 49, 60, 74, 76]) {
      const bytes = fromBase64url(payload);
      bytes[at] = (bytes[at] ?? 0) ^ 0x04;
      const altered = `${prefix}.${toBase64url(bytes)}.${signature}`;
      expect(refusedWith(await readPassCode(altered, key.verify)), `byte ${at}`).toBe('forged/signature');
    }
    // the same content signed by another key
    const stranger = await buildPassCode(payloadOf(registration()), other.sign);
    expect(refusedWith(await readPassCode(stranger, key.verify))).toBe('forged/signature');
    expect(refusedWith(await readPassCode(code, other.verify))).toBe('forged/signature');
  });

  it('refuses truncated, oversize and wrongly shaped codes as malformed, naming the defect', async () => {
    const key = await keyPair();
    const { code } = await issued(key, registration());
    const [, payload, signature] = code.split('.') as [string, string, string];
    const cases: Array<[string, string]> = [
      [code.slice(0, -1), 'malformed/signature-length'],
      [code.slice(0, -20), 'malformed/signature-length'],
      [code.slice(0, 60), 'malformed/parts'],
      ['', 'malformed/parts'],
      [`GRP1.${payload.slice(0, 40)}.${signature}`, 'malformed/payload-length'],
      [`GRP1.${payload}A.${signature}`, 'forged/signature'],
      [`GRP2.${payload}.${signature}`, 'malformed/prefix'],
      [`GRP1.${payload}.${signature}.x`, 'malformed/parts'],
      [`GRP1.${payload.replace(/^./, '+')}.${signature}`, 'malformed/alphabet'],
      [`GRP1.${payload}.${signature.replace(/^./, '=')}`, 'malformed/alphabet'],
      [`${code}${'A'.repeat(PASS_CODE_MAX)}`, 'malformed/oversize'],
      ['x'.repeat(100_000), 'malformed/oversize'],
    ];
    for (const [text, want] of cases)
      expect(refusedWith(await readPassCode(text, key.verify)), text.slice(0, 80)).toBe(want);
  });

  it('never throws on arbitrary text, and accepts nothing it did not sign', async () => {
    const key = await keyPair();
    const { code } = await issued(key, registration());
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.stringMatching(/^GRP1\.[A-Za-z0-9_-]{100,130}\.[A-Za-z0-9_-]{86}$/),
          fc.integer({ min: 0, max: code.length - 1 }).map((i) => code.slice(0, i) + code.slice(i + 1)),
        ),
        async (text) => {
          const reading = await readPassCode(text, key.verify);
          expect(reading.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('encodes exactly the layout and refuses a payload that does not fit it', () => {
    const p = payloadOf(registration());
    const bytes = encodePassPayload(p);
    expect(bytes.length).toBe(75 + new TextEncoder().encode(p.maskedName).length);
    expect(decodePassPayload(bytes)).toEqual(p);
    expect(decodePassPayload(bytes.subarray(0, bytes.length - 1))).toBeNull();
    const badColour = bytes.slice();
    badColour[49] = 7;
    expect(decodePassPayload(badColour)).toBeNull();
    const badVersion = bytes.slice();
    badVersion[0] = 2;
    expect(decodePassPayload(badVersion)).toBeNull();
    expect(() => encodePassPayload({ ...p, validUntil: p.validFrom })).toThrow();
  });

  it('signs demo passes with the shipped demo key, whose id is what passKeyId computes', async () => {
    expect(await passKeyId(DEMO_PASS_KEY.publicKey)).toBe(DEMO_PASS_KEY.keyId);
    const code = await signDemoPassCode(payloadOf(registration()));
    expect((await readPassCode(code, await importPassPublicKey(DEMO_PASS_KEY.publicKey))).ok).toBe(true);
    const centre = await keyPair();
    expect(refusedWith(await readPassCode(code, centre.verify))).toBe('forged/signature');
  });
});

describe('gate verdict', () => {
  it('admits a genuine, current, approved pass in its grid', async () => {
    const key = await keyPair();
    const { code, registration: r } = await issued(key, registration());
    const verdict = judgeGatePass(await readPassCode(code, key.verify), code, r, gate());
    expect(verdict.result).toBe('valid');
    expect(verdict.payload?.maskedName).toBe('张*明');
  });

  it('gives each refusal its reason', async () => {
    const key = await keyPair();
    const { code, registration: r } = await issued(key, registration());
    const read = await readPassCode(code, key.verify);
    const judge = (reg: PassRegistration | null, ctx: Partial<GateContext> = {}) =>
      judgeGatePass(read, code, reg, gate(ctx)).result;

    expect(judge(r, { stationId: randomUUID() })).toBe('other-station');
    expect(judge(null)).toBe('unknown-pass');
    expect(judge({ ...r, id: randomUUID() })).toBe('unknown-pass');
    expect(judge({ ...r, status: 'revoked', passCode: null })).toBe('revoked');
    expect(judge({ ...r, status: 'pending' })).toBe('not-approved');
    expect(judge({ ...r, status: 'rejected', passCode: null })).toBe('not-approved');
    // the centre re-signed (another window or colour) or cleared the code: the old one is dead
    expect(judge({ ...r, passCode: null })).toBe('revoked');
    expect(judge({ ...r, passCode: `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}` })).toBe('revoked');
    expect(judge(r, { now: r.validFrom - 1 })).toBe('not-yet-valid');
    expect(judge(r, { now: r.validUntil })).toBe('expired');
    expect(judge(r, { checkpoint: { gridId: randomUUID(), mode: 'two-way' } })).toBe('wrong-zone');
    expect(judge(r, { checkpoint: { gridId, mode: 'in-only' }, direction: 'out' })).toBe('exit-at-in-only');
    expect(judge(r, { checkpoint: { gridId, mode: 'in-only' }, direction: 'in' })).toBe('valid');

    const red = await issued(key, registration({ healthCode: 'red' }));
    const redRead = await readPassCode(red.code, key.verify);
    expect(judgeGatePass(redRead, red.code, red.registration, gate({ level: 'sealed' })).result).toBe(
      'code-colour',
    );
    expect(judgeGatePass(redRead, red.code, red.registration, gate({ level: 'controlled' })).result).toBe(
      'code-colour',
    );
    expect(judgeGatePass(redRead, red.code, red.registration, gate({ level: 'precaution' })).result).toBe(
      'valid',
    );
  });

  it('names no holder for a forged or malformed code', async () => {
    const key = await keyPair();
    const other = await keyPair();
    const { code, registration: r } = await issued(key, registration());
    const forged = judgeGatePass(await readPassCode(code, other.verify), code, r, gate());
    expect(forged).toEqual({ result: 'forged', payload: null });
    const truncated = code.slice(0, 100);
    expect(judgeGatePass(await readPassCode(truncated, key.verify), truncated, r, gate())).toEqual({
      result: 'malformed',
      payload: null,
    });
  });

  it('in demo mode, checks the code against what the approved registration says now', async () => {
    const r = registration();
    const code = await signDemoPassCode(payloadOf(r));
    const read = await readPassCode(code, await importPassPublicKey(DEMO_PASS_KEY.publicKey));
    const demo = gate({ trust: 'demo' });
    expect(judgeGatePass(read, code, r, demo).result).toBe('valid');
    expect(judgeGatePass(read, code, { ...r, healthCode: 'red' }, demo).result).toBe('revoked');
    expect(judgeGatePass(read, code, { ...r, validUntil: r.validUntil + DAY }, demo).result).toBe('revoked');
    expect(judgeGatePass(read, code, { ...r, status: 'revoked' }, demo).result).toBe('revoked');
    expect(codeSays(code, payloadOf(r))).toBe(true);
  });

  it('flags fever at 37.3 °C and above', () => {
    expect(isFever(null)).toBe(false);
    expect(isFever(37.2)).toBe(false);
    expect(isFever(37.3)).toBe(true);
    expect(isFever(39)).toBe(true);
  });
});
