/**
 * 005: officers sign in, the centre knows who may do what (issue 12, items 1–3).
 * - officer_pins: one scrypt hash per officer (server only; never in a synced record).
 * - signin_attempts: wrong-PIN counter and lock-out per (station, badge), known badge or not.
 * - officer_sessions: `<id>.<secret>` sessions, secret stored as SHA-256, bound to one device.
 * - officer_devices: where an officer signed in online (the centre accepts their changes only
 *   from those devices); first_signin_at bounds how far back a change there can be dated.
 * - officer_access_log: an officer's access and active flag from `at` on ("role at time t").
 * - enrolment_codes: random, hashed, kind, N uses, expiry; devices: kind, last seen, revoked
 *   at (a device's last push is its client_state.updated_at).
 * - audit_log: who (officer) and field-by-field changes, so every action is one trail.
 */
export const migration005 = {
  version: 5,
  name: 'officers_auth',
  sql: `
CREATE TABLE officer_pins (
  officer_id uuid PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  pin_hash text NOT NULL,
  updated_at bigint NOT NULL
);

CREATE TABLE signin_attempts (
  station_id uuid NOT NULL REFERENCES stations(id),
  badge_no text NOT NULL,
  failures integer NOT NULL DEFAULT 0,
  lockouts integer NOT NULL DEFAULT 0,
  locked_until bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (station_id, badge_no)
);

CREATE TABLE officer_sessions (
  id uuid PRIMARY KEY,
  officer_id uuid NOT NULL,
  station_id uuid NOT NULL REFERENCES stations(id),
  device_id uuid NOT NULL REFERENCES devices(id),
  secret_hash text NOT NULL,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  ended_at bigint,
  end_reason text
);
CREATE INDEX officer_sessions_open ON officer_sessions (device_id) WHERE ended_at IS NULL;

CREATE TABLE officer_devices (
  officer_id uuid NOT NULL,
  device_id uuid NOT NULL REFERENCES devices(id),
  first_signin_at bigint NOT NULL,
  last_signin_at bigint NOT NULL,
  PRIMARY KEY (officer_id, device_id)
);

CREATE TABLE officer_access_log (
  id bigserial PRIMARY KEY,
  officer_id uuid NOT NULL,
  station_id uuid NOT NULL REFERENCES stations(id),
  at bigint NOT NULL,
  access text NOT NULL CHECK (access IN ('duty-officer', 'station-chief')),
  active boolean NOT NULL
);
CREATE INDEX officer_access_log_officer ON officer_access_log (officer_id, at);

CREATE INDEX records_officer_badge ON records (station_id, (data->>'badgeNo')) WHERE entity = 'officers';

ALTER TABLE enrolment_codes ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE enrolment_codes ADD COLUMN kind text NOT NULL DEFAULT 'workstation' CHECK (kind IN ('workstation', 'display'));
ALTER TABLE enrolment_codes ADD COLUMN label text NOT NULL DEFAULT '';
ALTER TABLE enrolment_codes ADD COLUMN max_uses integer NOT NULL DEFAULT 1;
ALTER TABLE enrolment_codes ADD COLUMN uses integer NOT NULL DEFAULT 0;
ALTER TABLE enrolment_codes ADD COLUMN expires_at bigint NOT NULL DEFAULT 0;
ALTER TABLE enrolment_codes ADD COLUMN created_by text NOT NULL DEFAULT '';
CREATE UNIQUE INDEX enrolment_codes_id ON enrolment_codes (id);
CREATE INDEX enrolment_codes_station ON enrolment_codes (station_id, created_at);
-- Codes of the old form (<STATION>-<YEAR>, reusable forever) stop working.
UPDATE enrolment_codes SET revoked = true;

ALTER TABLE devices ADD COLUMN kind text NOT NULL DEFAULT 'workstation' CHECK (kind IN ('workstation', 'display'));
ALTER TABLE devices ADD COLUMN last_seen_at bigint;
ALTER TABLE devices ADD COLUMN revoked_at bigint;

ALTER TABLE audit_log ADD COLUMN officer_id text;
ALTER TABLE audit_log ADD COLUMN changes jsonb;
CREATE INDEX audit_log_station_id ON audit_log (station_id, id);
`,
} as const;
