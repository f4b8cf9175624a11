/**
 * The running deck: frame (banner, header, footer), the current slide behind its own error
 * boundary, the black screen, the mouse controls, and readiness for tests and the bench — the
 * `briefing-slide-ready` signal once per change of slide when its data (and map) is in, and the
 * `briefing:ready` performance mark the first time. Scaled to the screen (useDeckScale.ts).
 * Writes nothing: the wall is read-only.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { expose, signal } from '#renderer/shared/testBridge';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useNow } from '#renderer/station/useBoardData';
import { DeckFusionContext, useDeckFusionSource } from './deckFusion';
import { DeckControls, useMouseActive } from './DeckControls';
import { DeckFooter } from './DeckFooter';
import { DeckHeader } from './DeckHeader';
import type { DeckOptions } from './deckOptions';
import { SlideBoundary } from './SlideBoundary';
import { SlideFailed } from './SlideFailed';
import { SlideView } from './SlideView';
import { slideIds, slideTitleKey } from './slides';
import { StaleBanner } from './StaleBanner';
import { useDeckControls } from './useDeckControls';
import { useDeckScale } from './useDeckScale';
import { useFreshness } from './useFreshness';

export function Deck({ options }: { options: DeckOptions }) {
  const { t } = useI18n();
  const now = useNow(60_000);
  const clock = useNow(10_000);
  const { state, dispatch, delay } = useDeckControls(options);
  const facts = useFreshness(clock, options.staleAfterMs);
  const mouse = useMouseActive();
  const scale = useDeckScale();
  const slideId = slideIds[state.index] ?? 'overnight';

  const [readyTurn, setReadyTurn] = useState(-1);
  const onReady = useCallback(() => setReadyTurn(state.turn), [state.turn]);
  const ready = readyTurn === state.turn;
  const marked = useRef(false);
  useEffect(() => {
    if (!ready) return;
    if (!marked.current) {
      marked.current = true;
      performance.mark('briefing:ready');
    }
    signal('briefing-slide-ready');
  }, [ready, state.turn]);

  useEffect(() => {
    expose('briefing', {
      index: state.index,
      slide: slideId,
      black: state.black,
      paused: state.paused,
      turn: state.turn,
      ready,
      now,
      intervalMs: options.intervalMs,
      staleAfterMs: options.staleAfterMs,
    });
  }, [state, slideId, ready, now, options.intervalMs, options.staleAfterMs]);

  const fusion = useDeckFusionSource(now, ready);
  const goto = useCallback((index: number) => dispatch({ type: 'goto', index }), [dispatch]);

  return (
    <div
      className={`briefing${mouse ? '' : ' idle'}`}
      data-testid="briefing"
      data-slide={slideId}
      data-index={state.index}
      data-ready={ready ? '1' : '0'}
      data-paused={state.paused ? '1' : '0'}
      data-viewport={scale.viewport}
      style={{ zoom: scale.zoom }}
    >
      {facts ? <StaleBanner freshness={facts.freshness} /> : null}
      {facts ? (
        <DeckHeader
          stationName={facts.stationName}
          title={t(slideTitleKey(slideId))}
          now={clock}
          freshness={facts.freshness}
        />
      ) : null}
      <main className="briefing-body" data-testid={`briefing-slide-${slideId}`}>
        <SlideBoundary resetKey={`${slideId}:${state.turn}`} fallback={<SlideFailed />} onFailure={onReady}>
          <DeckFusionContext.Provider value={fusion}>
            <SlideView key={slideId} id={slideId} now={now} onReady={onReady} />
          </DeckFusionContext.Provider>
        </SlideBoundary>
      </main>
      <DeckFooter
        index={state.index}
        delay={delay}
        intervalMs={options.intervalMs}
        turn={state.turn}
        onGoto={goto}
      />
      {mouse && !state.black ? <DeckControls paused={state.paused} dispatch={dispatch} /> : null}
      {state.black ? <div className="briefing-black" data-testid="briefing-black" /> : null}
    </div>
  );
}
