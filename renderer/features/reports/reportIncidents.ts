/**
 * The daily report's incident figures, pure: which incidents were open at an instant (reported
 * by then and not resolved by then — from the lifecycle times, so a past day's report is not
 * coloured by what happened since), which were reported and resolved within the day, and the
 * day's 24 clock-hour buckets per type.
 */
import { HOUR_MS } from '#common/domain/time';
import { incidentTypes, type Incident, type IncidentType } from '#common/schemas';
import type { ReportHour } from './dailyReportModel';

type Lifecycle = Pick<Incident, 'reportedAt' | 'resolvedAt' | 'status'>;

/** Resolved by `at`: by its resolution time, or by its status when that time is missing. */
export function resolvedBy(incident: Lifecycle, at: number): boolean {
  return incident.resolvedAt !== null ? incident.resolvedAt <= at : incident.status === 'resolved';
}

export function openAt(incident: Lifecycle, at: number): boolean {
  return incident.reportedAt <= at && !resolvedBy(incident, at);
}

export function reportedWithin(incident: Lifecycle, from: number, to: number): boolean {
  return incident.reportedAt >= from && incident.reportedAt < to;
}

export function resolvedWithin(incident: Lifecycle, from: number, to: number): boolean {
  return incident.resolvedAt !== null && incident.resolvedAt >= from && incident.resolvedAt < to;
}

/** Incidents reported in each clock hour of [dayStart, dayStart + 24 h), per type. */
export function incidentsByHourOfDay(incidents: readonly Incident[], dayStart: number): ReportHour[] {
  const hours: ReportHour[] = Array.from({ length: 24 }, (_, i) => ({
    hourStart: dayStart + i * HOUR_MS,
    byType: Object.fromEntries(incidentTypes.map((t) => [t, 0])) as Record<IncidentType, number>,
  }));
  for (const incident of incidents) {
    const hour = hours[Math.floor((incident.reportedAt - dayStart) / HOUR_MS)];
    if (hour && incident.reportedAt >= dayStart) hour.byType[incident.type] += 1;
  }
  return hours;
}
