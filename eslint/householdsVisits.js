/**
 * `gridroom/households-visits`: the renderer reads the cache's households and sweep visits only
 * through renderer/db/householdsAndVisits.ts, never through the Dexie tables themselves, so how
 * those two tables are stored (one record per row today, packed blocks tomorrow) is that module's
 * business alone. Refused outside it: `db.households`, `tx.visits`, `this.db.households`,
 * `db['visits']` (any object named like a database: `db`, `tx`, `database`, `…Db`), and
 * `.table('households')` / `.table('visits')` with a literal name. A dynamic `db.table(entity)`
 * is the sync store's generic write path and is not a read of these tables by name.
 */
import path from 'node:path';
import { relativeToRoot } from './resolve.js';

const COLD = new Set(['households', 'visits']);
/** The files that own the two tables: the repository and the typed database declaring them. */
export const COLD_TABLE_OWNERS = ['renderer/db/householdsAndVisits.ts', 'renderer/db/database.ts'];

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
        if (
          callee.type === 'MemberExpression' &&
          memberName(callee) === 'table' &&
          arg?.type === 'Literal' &&
          typeof arg.value === 'string' &&
          COLD.has(arg.value)
        )
          context.report({ node, messageId: 'direct', data: { table: arg.value } });
      },
    };
  },
};
