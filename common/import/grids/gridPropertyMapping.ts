/**
 * Which property of a grid file's features holds the grid's code, name, community… A station's
 * GIS exports use its own field names (编码, GRID_CODE, 网格名称…); the importer suggests a
 * mapping from common names, the officer confirms or corrects it, and it is remembered per
 * station for the next import.
 */
import { z } from 'zod';

export const gridImportFields = ['code', 'name', 'community', 'street', 'gridLeader'] as const;
export type GridImportField = (typeof gridImportFields)[number];
export const requiredGridImportFields: readonly GridImportField[] = ['code', 'name', 'community'];

export const gridPropertyMappingSchema = z
  .object({
    code: z.string().min(1),
    name: z.string().min(1),
    community: z.string().min(1),
    street: z.string().min(1).nullable(),
    gridLeader: z.string().min(1).nullable(),
    /**
     * A value for every feature instead of a column (a station often imports one community
     * at a time, and a KML file rarely says which community it is).
     */
    constants: z
      .object({ community: z.string().trim().min(1).max(60).optional() })
      .strict()
      .optional(),
  })
  .strict();
export type GridPropertyMapping = z.infer<typeof gridPropertyMappingSchema>;

const synonyms: Record<GridImportField, readonly string[]> = {
  code: ['code', 'gridcode', 'grid_code', 'wgbm', '编码', '网格编码', '网格编号', '网格代码', '编号'],
  name: ['name', 'gridname', 'grid_name', 'wgmc', '名称', '网格名称', '网格名'],
  community: ['community', 'sqmc', '社区', '所属社区', '社区名称', '社区(村)', '村居'],
  street: ['street', 'jdmc', '街道', '所属街道', '街道名称', '镇街'],
  gridLeader: ['leader', 'gridleader', 'grid_leader', '网格长', '网格员', '网格负责人'],
};

const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s（）()]/g, '');

/** The best guess for each field among the file's property names (null where none matches). */
export function suggestGridMapping(propertyNames: readonly string[]): Record<GridImportField, string | null> {
  const byNorm = new Map(propertyNames.map((n) => [normalise(n), n]));
  const pick = (field: GridImportField) =>
    synonyms[field].map((s) => byNorm.get(normalise(s))).find((n) => n !== undefined) ?? null;
  return {
    code: pick('code'),
    name: pick('name'),
    community: pick('community'),
    street: pick('street'),
    gridLeader: pick('gridLeader'),
  };
}
