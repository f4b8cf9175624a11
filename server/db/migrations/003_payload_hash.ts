/**
 * 003: the hash of each applied mutation's payload (server/sync/clientState.ts
 * `payloadHash`), so a replayed (clientId, seq) carrying a different payload is told apart
 * from a true resend (409 seq-reused). Rows stored before this migration have no hash and
 * are answered from their stored result as before.
 */
export const migration003 = {
  version: 3,
  name: 'payload_hash',
  sql: `ALTER TABLE mutation_results ADD COLUMN IF NOT EXISTS payload_hash text;`,
};
