/**
 * Which visits of a day the printed report lists by name and address: those that found someone
 * unregistered or overdue for testing, or were refused — what the chief acts on. Pure.
 */
import type { ReportVisitRow } from './dailyReportModel';

export function isNotableVisit(
  v: Pick<ReportVisitRow, 'unregisteredFound' | 'overdueTestsFound' | 'outcome'>,
): boolean {
  return v.unregisteredFound > 0 || v.overdueTestsFound > 0 || v.outcome === 'refused';
}
