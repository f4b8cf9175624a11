/**
 * `gridroom/households-visits`: the renderer reads the cache's households and sweep visits only
 * through renderer/db/householdsAndVisits.ts, never through the Dexie tables themselves, so how
 * those two tables are stored (one record per row today, packed blocks tomorrow) is that module's
 * business alone. Refused outside it: `db.households`, `tx.visits`, `this.db.households`,
 * `db['visits']` (any object named like a database: `db`, `tx`, `database`, `…Db`), and
 * `.table('households')` / `.table('visits')` with a literal name. A table named at run time,
 * `db.table(entity)`, may be either of the two, so it is refused too: the sync store, the local
 * writes and the first load reach rows by entity through renderer/db/rowTables.ts (`rowTable`),
 * the writers' side of the same face.
 */
import path from 'node:path';
import { relativeToRoot } from './resolve.js';

const COLD = new Set(['households', 'visits']);
/**
 * The files that own the two tables: the readers' repository, the writers' row tables, the
 * typed database declaring them, and the upgrades that work on the per-row tables of their
 * own schema version (v4 re-keys the households; packRows moves both into packed blocks).
 */
export const COLD_TABLE_OWNERS = [
  'renderer/db/householdsAndVisits.ts',
  'renderer/db/rowTables.ts',
  'renderer/db/database.ts',
  'renderer/db/keyUniqueRows.ts',
  'renderer/db/packRows.ts',
];

const DB_NAME = /^(db|tx|database)$|Db$/;

/** Whether an expression names a database: `db`, `tx`, `someDb`, `this.db`, `ctx.db`. */
function isDatabase(node) {
  if (node.type === 'Identifier') return DB_NAME.test(node.name);
  if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier')
    return DB_NAME.test(node.property.name);
  return false;
}

function memberName(node) {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string')
    return node.property.value;
  return null;
}

export const householdsVisitsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Households and visits are read through renderer/db/householdsAndVisits.ts' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      direct:
        "gridroom/households-visits: read '{{table}}' through #renderer/db/householdsAndVisits, not the Dexie table: how it is stored is that module's business.",
      dynamic:
        "gridroom/households-visits: reach an entity's rows by name through #renderer/db/rowTables (rowTable), not db.table(…): households and visits are not stored one record per row there.",
    },
  },
  create(context) {
    const root = path.resolve(context.options[0]?.root ?? context.cwd);
    if (!path.isAbsolute(context.filename)) return {};
    const rel = relativeToRoot(root, context.filename);
    if (rel === null || !rel.startsWith('renderer/') || COLD_TABLE_OWNERS.includes(rel)) return {};
    return {
      MemberExpression(node) {
        const name = memberName(node);
        if (name !== null && COLD.has(name) && isDatabase(node.object))
          context.report({ node, messageId: 'direct', data: { table: name } });
      },
      CallExpression(node) {
        const callee = node.callee;
        const arg = node.arguments[0];
        if (callee.type !== 'MemberExpression' || memberName(callee) !== 'table' || !arg) return;
        if (arg.type === 'Literal' && typeof arg.value === 'string') {
          if (COLD.has(arg.value)) context.report({ node, messageId: 'direct', data: { table: arg.value } });
        } else if (isDatabase(callee.object)) context.report({ node, messageId: 'dynamic' });
      },
    };
  },
};
