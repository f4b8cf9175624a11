/**
 * The deck's options: auto-advance interval, whether it auto-advances, stale threshold and the
 * first slide. They come from the workstation's settings; the briefing route may override them
 * (`#/briefing?interval=10&stale=5&slide=2&autoplay=0`) for a demo or a test. A bad parameter
 * is ignored (the wall never shows an input error), the others still apply.
 */
import { z } from 'zod';
import { briefingSettingsFormSchema, type BriefingSettings } from '#renderer/features/settings';
import { slideCount } from './slides';

export interface DeckOptions {
  intervalMs: number;
  autoAdvance: boolean;
  staleAfterMs: number;
  /** 0-based. */
  startIndex: number;
}

const paramSchemas = {
  interval: z.coerce.number().pipe(briefingSettingsFormSchema.shape.briefingIntervalSec),
  stale: z.coerce.number().pipe(briefingSettingsFormSchema.shape.briefingStaleMin),
  slide: z.coerce.number().int().min(1).max(slideCount),
  autoplay: z.enum(['0', '1']),
} as const;

function param<K extends keyof typeof paramSchemas>(
  params: URLSearchParams,
  key: K,
): z.infer<(typeof paramSchemas)[K]> | undefined {
  const raw = params.get(key);
  if (raw === null || raw.trim() === '') return undefined;
  const parsed = paramSchemas[key].safeParse(raw);
  return parsed.success ? (parsed.data as z.infer<(typeof paramSchemas)[K]>) : undefined;
}

/** The query part of a hash route such as `#/briefing?interval=10`. */
export function hashParams(hash: string): URLSearchParams {
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

export function deckOptions(settings: BriefingSettings, params: URLSearchParams): DeckOptions {
  const interval = param(params, 'interval') ?? settings.briefingIntervalSec;
  const stale = param(params, 'stale') ?? settings.briefingStaleMin;
  const autoplay = param(params, 'autoplay');
  const slide = param(params, 'slide') ?? 1;
  return {
    intervalMs: interval * 1000,
    autoAdvance: autoplay === undefined ? settings.briefingAutoAdvance : autoplay === '1',
    staleAfterMs: stale * 60_000,
    startIndex: slide - 1,
  };
}
