/**
 * 002: who last changed each field. A field changed after a mutation's base version is a
 * conflict only when another client changed it — a workstation's own earlier, not yet pulled
 * change to the same field is not a clash with itself.
 */
export const migration002 = {
  version: 2,
  name: 'field_clients',
  sql: `ALTER TABLE records ADD COLUMN IF NOT EXISTS field_clients jsonb NOT NULL DEFAULT '{}'::jsonb;`,
};
