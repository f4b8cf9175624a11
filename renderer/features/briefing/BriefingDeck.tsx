/**
 * 早会大屏: the morning-meeting briefing deck at `#/briefing`, full screen, read-only, outside
 * the shell's chrome. Reads the workstation's briefing settings (overridable by the route's
 * parameters, see deckOptions.ts) and runs the deck; any failure of the frame itself shows a
 * calm message, never a stack.
 */
import { useState } from 'react';
import { useSettings } from '#renderer/shared/useSettings';
import { Deck } from './Deck';
import { deckOptions, hashParams } from './deckOptions';
import { SlideBoundary } from './SlideBoundary';
import { SlideFailed } from './SlideFailed';
import { SlideLoading } from './slides/SlideStatus';
import './briefing.css';

export function BriefingDeck() {
  const settings = useSettings();
  const [params] = useState(() => hashParams(window.location.hash));
  if (!settings)
    return (
      <div className="briefing" data-testid="briefing-starting">
        <SlideLoading />
      </div>
    );
  return (
    <SlideBoundary
      resetKey="deck"
      fallback={
        <div className="briefing">
          <SlideFailed />
        </div>
      }
    >
      <Deck options={deckOptions(settings, params)} />
    </SlideBoundary>
  );
}
