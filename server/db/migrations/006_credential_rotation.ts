/**
 * 006: device credential rotation. After a rotation the previous credential's hash stays,
 * valid until `previous_valid_until`, so a rotation whose reply was lost cannot lock the
 * device out; `credential_rotated_at` is when the current credential was issued (the chief's
 * devices list shows it).
 */
export const migration006 = {
  version: 6,
  name: 'credential_rotation',
  sql: `
ALTER TABLE devices ADD COLUMN IF NOT EXISTS previous_credential_hash text;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS previous_valid_until bigint;
ALTER TABLE devices ADD COLUMN IF NOT EXISTS credential_rotated_at bigint;
`,
};
