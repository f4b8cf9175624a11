/**
 * 008: the pass-signing key (issue 15, the gate check). A server-only table no route returns
 * whole: the centre's Ed25519 key pair that signs pass codes, made once at first start
 * (server/epass/passKeys.ts). GET /api/v1/pass-key returns the public half only; the private
 * half (PKCS#8) is read only to sign inside a push.
 */
export const migration008 = {
  version: 8,
  name: 'pass_keys',
  sql: `
CREATE TABLE pass_signing_keys (
  key_id text PRIMARY KEY,
  public_key text NOT NULL,
  private_pkcs8 text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at bigint NOT NULL
);
CREATE UNIQUE INDEX pass_signing_keys_one_active ON pass_signing_keys ((true)) WHERE active;
`,
} as const;
