/**
 * Testing-site rules as pure functions: the status only moves forward (planned → setting up →
 * open → closed), and the queue length stays a whole number in 0..5000.
 */
import { siteStatuses, type SiteStatus, type SiteZone } from '#common/schemas';

export const MAX_QUEUE = 5000;

export function nextSiteStatus(status: SiteStatus): SiteStatus | null {
  return siteStatuses[siteStatuses.indexOf(status) + 1] ?? null;
}

export function clampQueue(n: number): number {
  return Math.min(MAX_QUEUE, Math.max(0, Math.round(Number.isFinite(n) ? n : 0)));
}

/** The checklist with `zone` ticked or unticked, in the schema's order. */
export function toggleZone(
  ready: readonly SiteZone[],
  zone: SiteZone,
  on: boolean,
  order: readonly SiteZone[],
): SiteZone[] {
  const set = new Set(ready);
  if (on) set.add(zone);
  else set.delete(zone);
  return order.filter((z) => set.has(z));
}
