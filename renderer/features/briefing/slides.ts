/**
 * The briefing deck's slides, in the order the morning meeting goes through them. The order is
 * the deck's index (1-based on screen); every slide has a title and a short name for the index.
 */
import type { MessageKey } from '#renderer/i18n/zh';

export const slideIds = ['overnight', 'sweep', 'map', 'checkpoints', 'sites', 'tasks'] as const;
export type SlideId = (typeof slideIds)[number];

export const slideCount = slideIds.length;

const titleKeys = {
  overnight: 'briefing.slide.overnight',
  sweep: 'briefing.slide.sweep',
  map: 'briefing.slide.map',
  checkpoints: 'briefing.slide.checkpoints',
  sites: 'briefing.slide.sites',
  tasks: 'briefing.slide.tasks',
} as const satisfies Record<SlideId, MessageKey>;

const shortKeys = {
  overnight: 'briefing.slide.overnight.short',
  sweep: 'briefing.slide.sweep.short',
  map: 'briefing.slide.map.short',
  checkpoints: 'briefing.slide.checkpoints.short',
  sites: 'briefing.slide.sites.short',
  tasks: 'briefing.slide.tasks.short',
} as const satisfies Record<SlideId, MessageKey>;

export function slideTitleKey(id: SlideId): MessageKey {
  return titleKeys[id];
}

/** A short name for the index strip, where a slide's title does not fit. */
export function slideShortKey(id: SlideId): MessageKey {
  return shortKeys[id];
}
