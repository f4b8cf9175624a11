/**
 * Which incidents deserve a high-severity alert, as a pure rule over what the cache holds.
 * An alert is due for an incident that is high severity, was reported within the alert window,
 * and is not among the incidents this display session has already accounted for. At the start
 * of a session (no record yet) everything in the cache is accounted for without an alert — the
 * initial load and old incidents never alert. Afterwards an incident is accounted for when it
 * is alerted; a new incident that arrives below high is left unaccounted for, so raising it to
 * high later still alerts once, while an incident present at session start never alerts.
 * Entries leave the record when they fall out of the window (they could never alert again).
 */
import { z } from 'zod';
import { epochMsSchema } from '#common/schemas';
import type { Incident } from '#common/schemas';

/** Only incidents reported this recently alert (an older one arriving late is not news). */
export const ALERT_WINDOW_MS = 24 * 3600_000;
/** More than this many at once (a workstation back online) become one summary alert. */
export const MAX_SINGLE_ALERTS = 3;

export const seenIncidentsSchema = z.object({
  /** Accounted-for incident ids → their reported time (for pruning). */
  ids: z.record(z.string(), epochMsSchema),
});
export type SeenIncidents = z.infer<typeof seenIncidentsSchema>;

export type AlertCandidate = Pick<Incident, 'id' | 'severity' | 'reportedAt'>;

export interface TrackResult<T extends AlertCandidate> {
  /** Due alerts, newest report first. */
  alert: T[];
  seen: SeenIncidents;
}

/**
 * The alerts due now and the updated record, given the record so far (null at the start of a
 * session) and the incidents reported within the window.
 */
export function trackHighSeverity<T extends AlertCandidate>(
  seen: SeenIncidents | null,
  recent: readonly T[],
  now: number,
): TrackResult<T> {
  const since = now - ALERT_WINDOW_MS;
  const ids: Record<string, number> = {};
  if (seen === null) {
    for (const incident of recent) ids[incident.id] = incident.reportedAt;
    return { alert: [], seen: { ids } };
  }
  for (const [id, reportedAt] of Object.entries(seen.ids)) if (reportedAt >= since) ids[id] = reportedAt;
  const alert: T[] = [];
  for (const incident of recent) {
    if (incident.id in ids || incident.severity !== 'high' || incident.reportedAt < since) continue;
    ids[incident.id] = incident.reportedAt;
    alert.push(incident);
  }
  alert.sort((a, b) => b.reportedAt - a.reportedAt);
  return { alert, seen: { ids } };
}
