/**
 * 007: the city registration system's intake of pass registrations (issue 15).
 * - intake_credentials: the city system's credentials, one station each, made and revoked by
 *   the station chief; only the SHA-256 of the secret is kept.
 * - pass_id_matches: the registrations' side of the resident-ID match table (like
 *   resident_id_matches for findings): the HMAC of the registration's ID, its standard-address
 *   key and its status, behind `idPasses` and the `duplicate` flag. Server only.
 * - two expression indexes on records: households by standard-address key (the expression is
 *   server/intake/addressKeySql.ts; the intake's lookup uses the very same text, and a change
 *   to it needs a new migration), and registrations by the city's `externalRef` (replays).
 */
import { householdKeySql } from '../../intake/addressKeySql';

export const migration007 = {
  version: 7,
  name: 'city_intake',
  sql: `
CREATE TABLE intake_credentials (
  id uuid PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  secret_hash text NOT NULL,
  label text NOT NULL,
  created_at bigint NOT NULL,
  created_by text NOT NULL,
  last_used_at bigint,
  revoked_at bigint
);
CREATE INDEX intake_credentials_station ON intake_credentials (station_id, created_at);

CREATE TABLE pass_id_matches (
  registration_id uuid PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  id_hmac text NOT NULL,
  address_key text NOT NULL,
  status text NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX pass_id_matches_hmac ON pass_id_matches (station_id, id_hmac);

CREATE INDEX records_household_address_key ON records ((${householdKeySql('data')}))
  WHERE entity = 'households' AND NOT deleted;
CREATE INDEX records_pass_external_ref ON records (station_id, (data->>'externalRef'))
  WHERE entity = 'passRegistrations';
`,
} as const;
