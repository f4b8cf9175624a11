/**
 * Every migration, in order. Append only: a migration once released is never edited; the
 * next change is a new numbered file. SQL lives in TS modules so tsx and a bundle both carry it.
 */
import { migration001 } from './001_initial';
import { migration002 } from './002_field_clients';
import { migration004 } from './004_resident_ids';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// MERGE NOTE (h2): `migration003Placeholder` only keeps versions consecutive on branch h2; the
// lead replaces it with h1's migration003 when merging.
const migration003Placeholder: Migration = { version: 3, name: 'placeholder_for_003', sql: 'SELECT 1;' };

export const migrations: readonly Migration[] = [migration001, migration002, migration003Placeholder, migration004];
