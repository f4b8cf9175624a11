/**
 * The briefing deck's slides, in the order the morning meeting goes through them. The order is
 * the deck's index (1-based on screen); every slide has a title and a short name for the index.
 */
import type { MessageKey } from '#renderer/i18n/zh';

export const slideIds = ['overnight', 'sweep', 'map', 'checkpoints', 'sites', 'tasks'] as const;
export type SlideId = (typeof slideIds)[number];

export const slideCount = slideIds.length;

export function slideTitleKey(id: SlideId): MessageKey {
  return `briefing.slide.${id}` as MessageKey;
}

export function slideShortKey(id: SlideId): MessageKey {
  return `briefing.slide.${id}.short` as MessageKey;
}
