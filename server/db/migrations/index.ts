/**
 * Every migration, in order. Append only: a migration once released is never edited; the
 * next change is a new numbered file. SQL lives in TS modules so tsx and a bundle both carry it.
 */
import { migration001 } from './001_initial';
import { migration002 } from './002_field_clients';
import { migration006 } from './006_credential_rotation';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * MERGE NOTE (h5): 003–005 come from other branches (h1, h2, h3). Until they are merged here,
 * no-op placeholders keep the versions contiguous; the lead replaces `pending(n)` with them.
 */
const pending = (version: number): Migration => ({ version, name: `pending_${version}`, sql: 'SELECT 1' });

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  pending(3),
  pending(4),
  pending(5),
  migration006,
];
