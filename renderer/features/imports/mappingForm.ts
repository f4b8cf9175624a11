/**
 * Validation of the mapping step, as a zod schema built from the kind's fields: every
 * required field has a column (or, where the kind allows it, one value for the whole file),
 * no column serves two fields — except fields that may share one (a grid file's code and name,
 * often both a KML placemark's <name>) — and an address can be placed (a grid column, or both
 * longitude and latitude — never only one of them). Problems come back per field so the
 * screen shows each next to its select; the check cannot start until there are none.
 */
import { z } from 'zod';
import type { FieldConstants, FieldMapping } from './importMessages';
import type { ImportKindSpec } from './importKinds';

/** Fields that may take their value from the same column, per kind. */
const mayShareColumn: Partial<Record<ImportKindSpec['kind'], readonly (readonly string[])[]>> = {
  grids: [['code', 'name']],
};

/** Fields that may be one value for the whole file instead of a column, per kind. */
export const constantFields: Partial<Record<ImportKindSpec['kind'], readonly string[]>> = {
  grids: ['community'],
};

function share(kind: ImportKindSpec['kind'], a: string, b: string): boolean {
  return (mayShareColumn[kind] ?? []).some((group) => group.includes(a) && group.includes(b));
}

export type MappingProblem =
  | { code: 'required' }
  | { code: 'same-column'; other: string }
  | { code: 'lnglat-pair' }
  | { code: 'locate' }
  | { code: 'constant-empty' };

export function mappingSchema(spec: ImportKindSpec, constants: FieldConstants = {}) {
  return z.record(z.string(), z.number().int().nonnegative().nullable()).superRefine((mapping, ctx) => {
    const at = (field: string) => mapping[field] ?? null;
    const problem = (field: string, p: MappingProblem) =>
      ctx.addIssue({ code: 'custom', path: [field], message: p.code, params: p });
    const used = new Map<number, string[]>();
    for (const f of spec.fields) {
      if (f.key in constants && constantFields[spec.kind]?.includes(f.key)) {
        if (constants[f.key]!.trim() === '') problem(f.key, { code: 'constant-empty' });
        continue;
      }
      const column = at(f.key);
      if (column === null) {
        if (f.required) problem(f.key, { code: 'required' });
        continue;
      }
      const others = used.get(column) ?? [];
      const other = others.find((o) => !share(spec.kind, o, f.key));
      if (other !== undefined) problem(f.key, { code: 'same-column', other });
      used.set(column, [...others, f.key]);
    }
    if (spec.kind === 'households') {
      const lng = at('lng') !== null;
      const lat = at('lat') !== null;
      if (lng !== lat) problem(lng ? 'lat' : 'lng', { code: 'lnglat-pair' });
      else if (!lng && at('gridCode') === null) problem('gridCode', { code: 'locate' });
    }
  });
}

/** The first problem of each field, or an empty object when the mapping is good. */
export function mappingProblems(
  spec: ImportKindSpec,
  mapping: FieldMapping,
  constants: FieldConstants = {},
): Record<string, MappingProblem> {
  const parsed = mappingSchema(spec, constants).safeParse(mapping);
  if (parsed.success) return {};
  const out: Record<string, MappingProblem> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const params = (issue as { params?: MappingProblem }).params;
    if (!(field in out) && params) out[field] = params;
  }
  return out;
}
