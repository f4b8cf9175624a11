/**
 * Every migration, in order. Append only: a migration once released is never edited; the
 * next change is a new numbered file. SQL lives in TS modules so tsx and a bundle both carry it.
 */
import { migration001 } from './001_initial';
import { migration002 } from './002_field_clients';
import { migration005 } from './005_officers_auth';
import { migration006 } from './006_credential_rotation';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Versions 3 and 4 are other branches' migrations of issue 12; on this branch they are empty
 * placeholders (so versions stay 1, 2, 3…). MERGE: replace them with the real ones.
 */
const placeholder = (version: number): Migration => ({ version, name: `placeholder_${version}`, sql: 'SELECT 1;' });

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  placeholder(3),
  placeholder(4),
  migration005,
  migration006,
];
