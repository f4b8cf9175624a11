/**
 * Every migration, in order. Append only: a migration once released is never edited; the
 * next change is a new numbered file. SQL lives in TS modules so tsx and a bundle both carry it.
 */
import { migration001 } from './001_initial';
import { migration002 } from './002_field_clients';
import { migration003 } from './003_payload_hash';
import { migration004 } from './004_resident_ids';
import { migration005 } from './005_officers_auth';
import { migration006 } from './006_credential_rotation';
import { migration007 } from './007_city_intake';
import { migration008 } from './008_pass_keys';
import { migration009 } from './009_device_updates';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
];
