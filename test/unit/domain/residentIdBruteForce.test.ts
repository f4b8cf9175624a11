/**
 * Issue 12's brute force, re-run (test/unit/domain/residentIdAttack.ts): for demo findings and
 * for a finding as the form builds it (mask + envelope sealed to a real centre key), every ID
 * consistent with the mask is tried against everything stored — and nothing is recovered.
 * The same attack on the old form (county kept, hash salted with the app's constant) recovers
 * the ID at once: the control that shows the attack is real. Also counts the candidate space
 * per mask (the figure common/domain/residentId.ts quotes).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { generateDemoData } from '#common/demo';
import { maskResidentId } from '#common/domain/residentId';
import { identityKeyId, identityPublicJwkSchema, type IdentityKey } from '#common/identity/envelopeFormat';
import { buildFinding } from '#renderer/features/sweeps/findingRow';
import { attack, birthDates, countCandidates, withCheck } from './residentIdAttack';

const TODAY = new Date(Date.UTC(2026, 11, 6));
const dates = birthDates(TODAY);

async function centreKey(): Promise<IdentityKey> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    keyId: await identityKeyId(pair.publicKey),
    publicKey: identityPublicJwkSchema.parse({ kty, crv, x, y }),
  };
}

describe('brute force over every ID a mask allows', () => {
  it('has a large candidate space per mask: ~420,000 IDs (county × birth date ÷ check)', () => {
    const n = countCandidates(maskResidentId(withCheck('35020319880712003')), dates);
    // 100 county codes × 46,000-odd dates, one in 11 passing the visible check character.
    expect(n).toBeGreaterThan(400_000);
    expect(n).toBeLessThan(440_000);
    expect(dates).toHaveLength(Math.round((TODAY.getTime() - Date.UTC(1900, 0, 1)) / 86_400_000) + 1);
  });

  it('control: the old form (county kept, salted hash) gives the ID up', () => {
    const id = withCheck('35020319880712003');
    const oldRow = {
      idMasked: `${id.slice(0, 6)}********${id.slice(14)}`,
      idHash: createHash('sha256').update(`gridroom-demo-salt-v1:${id}`).digest('hex'),
    };
    const result = attack(oldRow.idMasked, oldRow, dates);
    expect(result.tried).toBeLessThan(5_000);
    expect(result.hits).toEqual([id]);
  });

  describe('demo findings (the shared generator: workstation demo load and centre seed)', () => {
    const rawIds = new Map<string, string>();
    let findings: Awaited<ReturnType<typeof generateDemoData>>['findings'] = [];
    beforeAll(async () => {
      findings = (
        await generateDemoData({ size: 'station', seed: 7, now: TODAY.getTime(), residentIds: rawIds })
      ).findings;
    }, 60_000);

    it('recovers nothing from a sample of stored findings', () => {
      expect(findings.length).toBeGreaterThan(100);
      const sample = [0, findings.length - 1].map((i) => findings[i]!);
      for (const f of sample) {
        const truth = rawIds.get(f.id) ?? '';
        const result = attack(f.idMasked, f, dates);
        expect(result.tried).toBeGreaterThan(400_000);
        expect(result.hits).toEqual([]);
        expect(maskResidentId(truth)).toBe(f.idMasked); // the truth is among the candidates tried
      }
    }, 60_000);
  });

  it('recovers nothing from a finding as the form saves it, envelope and centre key included', async () => {
    const id = withCheck('35020619750430217');
    const key = await centreKey();
    const findingId = '44444444-4444-4444-8444-444444444444';
    const check = await buildFinding(
      { visit: { id: findingId, gridId: findingId }, kind: 'floating', name: '王小明', residentId: id },
      findingId,
      key,
    );
    if (!check.ok) throw new Error('the form refused a valid ID');
    expect(check.patch.idEnvelope).not.toBeNull();
    // The same ID sealed again gives another envelope: re-sealing a candidate is no oracle either.
    const again = await buildFinding(
      { visit: { id: findingId, gridId: findingId }, kind: 'floating', name: '王小明', residentId: id },
      findingId,
      key,
    );
    if (!again.ok) throw new Error('the form refused a valid ID');
    expect(again.patch.idEnvelope).not.toEqual(check.patch.idEnvelope);
    const result = attack(check.patch.idMasked, { row: check.patch, meta: key }, dates);
    expect(result.tried).toBeGreaterThan(400_000);
    expect(result.tokens).toBeGreaterThan(0); // key coordinates and envelope parts were all tested
    expect(result.hits).toEqual([]);
  }, 30_000);
});
