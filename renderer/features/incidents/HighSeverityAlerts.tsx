/**
 * Raises an in-app alert on this workstation when a new high-severity incident arrives
 * (created here or synced from another workstation). Mounted once by the shell.
 */
export function HighSeverityAlerts() {
  return null;
}
