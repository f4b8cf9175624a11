/**
 * On-screen controls for a mouse (they appear when the mouse moves and fade after a few
 * seconds; the cursor hides with them): previous, pause / auto-advance, next, black, full
 * screen, and the keys a presenter remote uses. They only steer the deck; nothing is saved.
 */
import { useEffect, useState } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { DeckAction } from './deckNavigation';
import { toggleFullScreen } from './useDeckControls';

const SHOW_MS = 3000;

export function useMouseActive(): boolean {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer = 0;
    const onMove = (): void => {
      setActive(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setActive(false), SHOW_MS);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      window.removeEventListener('mousemove', onMove);
      window.clearTimeout(timer);
    };
  }, []);
  return active;
}

export function DeckControls({ paused, dispatch }: { paused: boolean; dispatch(action: DeckAction): void }) {
  const { t } = useI18n();
  return (
    <div className="briefing-controls" data-testid="briefing-controls">
      <button type="button" onClick={() => dispatch({ type: 'prev' })}>
        {t('briefing.control.prev')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'toggle-pause' })} data-testid="briefing-pause">
        {paused ? t('briefing.control.play') : t('briefing.control.pause')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'next' })}>
        {t('briefing.control.next')}
      </button>
      <button type="button" onClick={() => dispatch({ type: 'toggle-black' })}>
        {t('briefing.control.black')}
      </button>
      <button type="button" onClick={toggleFullScreen}>
        {t('briefing.control.fullscreen')}
      </button>
      <span className="keys">{t('briefing.keys')}</span>
    </div>
  );
}
