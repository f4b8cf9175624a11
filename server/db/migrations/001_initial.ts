/**
 * Migration 1: the central API's tables. Times are epoch milliseconds (bigint), like the
 * domain's; records keep each synced row whole in `data` (what a pull returns), with the
 * columns the server filters on beside it.
 */
export const migration001 = {
  version: 1,
  name: 'initial',
  sql: `
CREATE SEQUENCE change_seq AS bigint;

CREATE TABLE stations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE enrolment_codes (
  code_hash text PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  created_at bigint NOT NULL,
  revoked boolean NOT NULL DEFAULT false
);

CREATE TABLE devices (
  id uuid PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  credential_hash text NOT NULL,
  workstation text NOT NULL,
  created_at bigint NOT NULL,
  revoked boolean NOT NULL DEFAULT false
);

CREATE TABLE records (
  entity text NOT NULL,
  id uuid NOT NULL,
  station_id uuid NOT NULL REFERENCES stations(id),
  version integer NOT NULL,
  change_seq bigint NOT NULL,
  data jsonb NOT NULL,
  field_versions jsonb NOT NULL DEFAULT '{}'::jsonb,
  deleted boolean NOT NULL DEFAULT false,
  updated_at bigint NOT NULL,
  PRIMARY KEY (entity, id)
);
CREATE UNIQUE INDEX records_station_seq ON records (station_id, change_seq);
CREATE INDEX records_tombstones ON records (updated_at) WHERE deleted;

CREATE TABLE client_state (
  client_id text PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  last_seq bigint NOT NULL DEFAULT 0,
  updated_at bigint NOT NULL
);

CREATE TABLE mutation_results (
  client_id text NOT NULL,
  seq bigint NOT NULL,
  result jsonb NOT NULL,
  PRIMARY KEY (client_id, seq)
);

CREATE TABLE conflicts (
  id uuid PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  entity text NOT NULL,
  record_id uuid NOT NULL,
  field text NOT NULL,
  base_version integer NOT NULL,
  server_value jsonb,
  client_value jsonb,
  client_id text NOT NULL,
  made_by text NOT NULL,
  created_at bigint NOT NULL,
  resolved_at bigint,
  resolution text CHECK (resolution IN ('server', 'client')),
  resolved_by text
);
CREATE INDEX conflicts_open ON conflicts (station_id, created_at) WHERE resolved_at IS NULL;

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  station_id uuid,
  device_id uuid,
  at bigint NOT NULL,
  action text NOT NULL,
  entity text,
  entity_id text,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_station ON audit_log (station_id, at);

CREATE TABLE tombstone_horizon (
  station_id uuid PRIMARY KEY REFERENCES stations(id),
  horizon_seq bigint NOT NULL,
  purged_at bigint NOT NULL
);
`,
} as const;
