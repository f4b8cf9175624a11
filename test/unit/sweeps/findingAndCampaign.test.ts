/** Findings keep only the mask of the ID number (+ an envelope for the centre); campaign forms need start < end. */
import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '#common/domain/residentId';
import { personFindingSchema } from '#common/schemas';
import { buildFinding } from '#renderer/features/sweeps/findingRow';
import { buildCampaign } from '#renderer/features/sweeps/campaignForm';

const first17 = '35020319900101123';
const VALID = first17 + residentIdCheckChar(first17);
const WRONG = first17 + (residentIdCheckChar(first17) === '0' ? '1' : '0');
const FINDING = '44444444-4444-4444-8444-444444444444';
const VISIT = { id: '22222222-2222-4222-8222-222222222222', gridId: '33333333-3333-4333-8333-333333333333' };

describe('finding row', () => {
  it('stores only the mask without a centre key, never the raw number nor a hash', async () => {
    const r = await buildFinding(
      { visit: VISIT, kind: 'unregistered', name: '张三明', residentId: VALID.toLowerCase() },
      FINDING,
      null,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.patch.maskedName).toBe('张*明');
    expect(r.patch.idMasked).toBe(`3502**********${VALID.slice(14)}`);
    expect(r.patch.idEnvelope).toBeNull();
    expect(r.patch).not.toHaveProperty('idHash');
    expect(JSON.stringify(r.patch)).not.toContain(VALID);
    expect(JSON.stringify(r.patch)).not.toContain('三');
    const row = { ...r.patch, id: VISIT.id, stationId: VISIT.id, version: 0, updatedAt: 1, updatedBy: 'x' };
    expect(personFindingSchema.safeParse(row).success).toBe(true);
  });

  it('names the ID problem: shape, birth date, check digit', async () => {
    const check = async (residentId: string) =>
      buildFinding({ visit: VISIT, kind: 'floating', name: '李四', residentId }, FINDING, null);
    expect(await check('123')).toEqual({ ok: false, errors: { residentId: 'shape' } });
    expect(await check('350203199013011234')).toEqual({ ok: false, errors: { residentId: 'birth-date' } });
    expect(await check(WRONG)).toEqual({ ok: false, errors: { residentId: 'check-digit' } });
    expect(
      await buildFinding({ visit: null, kind: 'floating', name: ' ', residentId: VALID }, FINDING, null),
    ).toEqual({
      ok: false,
      errors: { visit: 'visit-missing', name: 'name-missing' },
    });
  });
});

describe('campaign form', () => {
  const ok = {
    name: ' 春节前敲门 ',
    kind: 'knock' as const,
    targetGridIds: ['a', 'a', 'b'],
    start: 10,
    end: 20,
  };
  it('accepts a valid draft, trims the name and dedupes grids', () => {
    expect(buildCampaign(ok)).toEqual({
      ok: true,
      patch: {
        name: '春节前敲门',
        kind: 'knock',
        targetGridIds: ['a', 'b'],
        start: 10,
        end: 20,
        deleted: false,
      },
    });
  });
  it('refuses end ≤ start, no grids, no name, no kind', () => {
    expect(buildCampaign({ ...ok, end: 10 })).toEqual({ ok: false, errors: { end: 'end-before-start' } });
    expect(buildCampaign({ name: '', kind: null, targetGridIds: [], start: null, end: null })).toEqual({
      ok: false,
      errors: {
        name: 'name-missing',
        kind: 'kind-invalid',
        targetGridIds: 'grids-missing',
        start: 'date-missing',
        end: 'date-missing',
      },
    });
  });
});
