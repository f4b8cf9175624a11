/** The fusion follow-up's incident id: a valid UUID, the same for the same finding, distinct otherwise. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idSchema } from '#common/schemas';
import { followUpIncident, followUpIncidentId } from '#renderer/features/sweeps/fusionFollowUp';
import { fusionKinds } from '#common/domain/passFusion';
import { incidentTypes } from '#common/schemas';

describe('followUpIncidentId', () => {
  it('is a UUID the schemas accept, stable for the same campaign and key', () => {
    fc.assert(
      fc.property(fc.option(fc.uuid(), { nil: null }), fc.string(), (campaign, key) => {
        const id = followUpIncidentId(campaign, key);
        expect(idSchema.safeParse(id).success).toBe(true);
        expect(followUpIncidentId(campaign, key)).toBe(id);
      }),
    );
  });

  it('differs between findings and between campaigns', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5000; i += 1) ids.add(followUpIncidentId('c1', `unswept:${i}`));
    ids.add(followUpIncidentId('c2', 'unswept:0'));
    ids.add(followUpIncidentId(null, 'unswept:0'));
    expect(ids.size).toBe(5002);
  });

  it('maps every kind to an incident type', () => {
    for (const kind of fusionKinds) expect(incidentTypes).toContain(followUpIncident[kind].type);
  });
});
