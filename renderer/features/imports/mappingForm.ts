/**
 * Validation of the mapping step, as a zod schema built from the kind's fields: every
 * required field has a column, no column serves two fields, and an address can be placed (a
 * grid column, or both longitude and latitude — never only one of them). Problems come back
 * per field so the screen shows each next to its select; the check cannot start until there
 * are none.
 */
import { z } from 'zod';
import type { FieldMapping } from './importMessages';
import type { ImportKindSpec } from './importKinds';

export type MappingProblem =
  | { code: 'required' }
  | { code: 'same-column'; other: string }
  | { code: 'lnglat-pair' }
  | { code: 'locate' };

export function mappingSchema(spec: ImportKindSpec) {
  return z.record(z.string(), z.number().int().nonnegative().nullable()).superRefine((mapping, ctx) => {
    const at = (field: string) => mapping[field] ?? null;
    const problem = (field: string, p: MappingProblem) =>
      ctx.addIssue({ code: 'custom', path: [field], message: p.code, params: p });
    const used = new Map<number, string>();
    for (const f of spec.fields) {
      const column = at(f.key);
      if (column === null) {
        if (f.required) problem(f.key, { code: 'required' });
        continue;
      }
      const other = used.get(column);
      if (other !== undefined) problem(f.key, { code: 'same-column', other });
      else used.set(column, f.key);
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
export function mappingProblems(spec: ImportKindSpec, mapping: FieldMapping): Record<string, MappingProblem> {
  const parsed = mappingSchema(spec).safeParse(mapping);
  if (parsed.success) return {};
  const out: Record<string, MappingProblem> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    const params = (issue as { params?: MappingProblem }).params;
    if (!(field in out) && params) out[field] = params;
  }
  return out;
}
