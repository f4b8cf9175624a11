/**
 * Instants at plausible local hours: door-to-door visits by day and evening, incidents weighted
 * towards waking hours. Every instant lies in [from, to].
 */
import { dayOf, DAY_MS, HOUR_MS, startOfDay } from '../domain/time';
import type { Rng } from './prng';

/** Relative frequency of incidents by local hour 0–23. */
const INCIDENT_HOURS: readonly (readonly [number, number])[] = [
  3, 2, 1, 1, 1, 2, 4, 6, 8, 9, 9, 8, 7, 8, 9, 9, 9, 9, 10, 10, 9, 7, 5, 4,
].map((w, h) => [h, w] as const);

function localInstant(rng: Rng, from: number, to: number, hour: () => number): number {
  const firstDay = startOfDay(dayOf(from));
  const days = Math.max(1, Math.ceil((to - firstDay) / DAY_MS));
  for (let i = 0; i < 50; i++) {
    const t = firstDay + rng.int(0, days - 1) * DAY_MS + hour() * HOUR_MS + rng.int(0, HOUR_MS - 1);
    if (t >= from && t <= to) return t;
  }
  return Math.round(from + rng.next() * (to - from));
}

/** A visit time: 08:00–21:59 local. */
export function visitInstant(rng: Rng, from: number, to: number): number {
  return localInstant(rng, from, to, () => rng.int(8, 21));
}

/** An incident time, weighted by hour of day. */
export function incidentInstant(rng: Rng, from: number, to: number): number {
  return localInstant(rng, from, to, () => rng.weighted(INCIDENT_HOURS));
}
