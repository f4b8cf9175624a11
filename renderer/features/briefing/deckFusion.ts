/**
 * The fusion findings for the briefing deck: asked once by the deck (after its first slide is
 * ready, so the worker never delays it) and kept while slides come and go, so the key-tasks
 * slide's fusion line is there when the slide is, not a district's computation later.
 */
import { createContext, useContext, useState } from 'react';
import type { FusionSummary } from '#renderer/station/fusionRead';
import { useFusion } from '#renderer/station/useFusion';

export const DeckFusionContext = createContext<FusionSummary | undefined>(undefined);

/** The deck's hook: the summary at `now`, asked from the first ready slide on. */
export function useDeckFusionSource(now: number, ready: boolean): FusionSummary | undefined {
  const [asked, setAsked] = useState(false);
  // latched during render (React's derived-state pattern): once asked, asked for good
  if (ready && !asked) setAsked(true);
  return useFusion(asked ? { at: now, campaignId: null, rows: false } : null);
}

/** A slide's view of the deck's summary; undefined while it computes. */
export function useDeckFusion(): FusionSummary | undefined {
  return useContext(DeckFusionContext);
}
