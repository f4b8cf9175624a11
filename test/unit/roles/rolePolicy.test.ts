/** The role policy: briefing writes nothing, the chief everything, the duty officer day-to-day records only. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityNames } from '#common/schemas/entities';
import {
  chiefOnlyEntities,
  chiefOnlyGridFields,
  mayAssignOfficer,
  mayChangeLevel,
  mayWrite,
  roles,
} from '#common/domain/rolePolicy';

const arbEntity = fc.constantFrom(...entityNames);
const arbRole = fc.constantFrom(...roles);
const arbField = fc.oneof(
  fc.constantFrom('officerId', 'code', 'geometry', 'deleted', 'gridLeader', 'name', 'status', 'level', 'to'),
  fc.string({ maxLength: 12 }),
);
const arbPatch = fc.dictionary(arbField, fc.jsonValue(), { maxKeys: 6 });

describe('mayWrite', () => {
  it('refuses the briefing display everything', () => {
    fc.assert(fc.property(arbEntity, arbPatch, (entity, patch) => !mayWrite('briefing', entity, patch)));
  });

  it('allows the station chief everything', () => {
    fc.assert(fc.property(arbEntity, arbPatch, (entity, patch) => mayWrite('station-chief', entity, patch)));
  });

  it('refuses the duty officer control levels, the station and the roster, whatever the patch', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...chiefOnlyEntities),
        arbPatch,
        (entity, patch) => !mayWrite('duty-officer', entity, patch),
      ),
    );
  });

  it('refuses the duty officer a grid patch exactly when it touches a chief-only field', () => {
    fc.assert(
      fc.property(arbPatch, (patch) => {
        const touchesChiefField = Object.keys(patch).some((f) => chiefOnlyGridFields.has(f));
        return mayWrite('duty-officer', 'grids', patch) === !touchesChiefField;
      }),
    );
  });

  it('allows the duty officer any patch of the other entities', () => {
    const others = entityNames.filter((e) => e !== 'grids' && !chiefOnlyEntities.has(e));
    fc.assert(
      fc.property(fc.constantFrom(...others), arbPatch, (entity, patch) =>
        mayWrite('duty-officer', entity, patch),
      ),
    );
  });

  it('depends only on the patch field names, never on the values', () => {
    fc.assert(
      fc.property(arbRole, arbEntity, arbPatch, fc.jsonValue(), (role, entity, patch, value) => {
        const other = Object.fromEntries(Object.keys(patch).map((k) => [k, value]));
        return mayWrite(role, entity, patch) === mayWrite(role, entity, other);
      }),
    );
  });

  it('never allows a role more than the chief (monotone: chief ⊇ duty officer ⊇ briefing)', () => {
    fc.assert(
      fc.property(arbEntity, arbPatch, (entity, patch) => {
        const b = mayWrite('briefing', entity, patch);
        const d = mayWrite('duty-officer', entity, patch);
        const c = mayWrite('station-chief', entity, patch);
        return (!b || d) && (!d || c);
      }),
    );
  });

  it('answers the UI questions the same way', () => {
    expect(roles.map(mayChangeLevel)).toEqual([false, true, false]);
    expect(roles.map(mayAssignOfficer)).toEqual([false, true, false]);
  });
});
