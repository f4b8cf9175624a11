/**
 * 009: workstation versions and update reports (issue 17). `devices.app_version` is the version
 * a workstation last said it runs (APP_VERSION_HEADER on any authenticated request, written only
 * when it changes); `device_update_reports` keeps each device's latest update report (common/
 * update/updateReport.ts) for the chief's device screen — one row per device, replaced.
 */
export const migration009 = {
  version: 9,
  name: 'device_updates',
  sql: `
ALTER TABLE devices ADD COLUMN IF NOT EXISTS app_version text;
CREATE TABLE device_update_reports (
  device_id uuid PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,
  running_version text NOT NULL,
  channel text NOT NULL,
  state text NOT NULL,
  offered_version text,
  refusal text,
  detail text,
  reported_at bigint NOT NULL
);
`,
} as const;
