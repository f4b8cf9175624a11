/**
 * 004: residents' ID numbers (issue 12). Server-only tables that no route ever returns whole:
 * the centre's envelope key pair (the private JWK never leaves this table but to open an
 * envelope inside a push) and the HMAC secret, each made once at first start; and the match
 * table (finding → HMAC of its ID, its station and address) behind `idSeen`.
 * Stored findings lose the old salted hash (`idHash`, whose salt shipped in the app) and their
 * old mask `350203********123X` becomes `3502**********123X`. They get new change seqs so a
 * workstation that pulls sees the cleaned rows (its own cache is cleaned by cache schema v3).
 */
export const migration004 = {
  version: 4,
  name: 'resident_ids',
  sql: `
CREATE TABLE identity_keys (
  key_id text PRIMARY KEY,
  public_jwk jsonb NOT NULL,
  private_jwk jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at bigint NOT NULL
);
CREATE UNIQUE INDEX identity_keys_one_active ON identity_keys ((true)) WHERE active;

CREATE TABLE identity_hmac_secret (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  secret text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE resident_id_matches (
  finding_id uuid PRIMARY KEY,
  station_id uuid NOT NULL REFERENCES stations(id),
  id_hmac text NOT NULL,
  household_id uuid,
  created_at bigint NOT NULL
);
CREATE INDEX resident_id_matches_hmac ON resident_id_matches (station_id, id_hmac);

UPDATE records
   SET data = (data - 'idHash') || CASE
         WHEN data->>'idMasked' ~ '^[0-9]{6}[*]{8}[0-9]{3}[0-9X]$'
         THEN jsonb_build_object('idMasked', substr(data->>'idMasked', 1, 4) || '**********' || substr(data->>'idMasked', 15, 4))
         ELSE '{}'::jsonb END,
       change_seq = nextval('change_seq')
 WHERE entity = 'findings'
   AND (data ? 'idHash' OR data->>'idMasked' ~ '^[0-9]{6}[*]{8}[0-9]{3}[0-9X]$');
`,
} as const;
