/**
 * True once the element has come within a screen's height of the viewport, and from then on.
 * The report's sections start unrendered on screen (`content-visibility: hidden`, print CSS)
 * and turn on as they come near: Chromium lays out even `content-visibility: auto` content on
 * the first frame, which for a district's 36 pages was ~0.2 s of screen layout before anything
 * else could happen — work the export never shows. Printing ignores this (screen-only rules).
 */
import { useEffect, useState, type RefObject } from 'react';

export function useNearViewport(ref: RefObject<Element | null>): boolean {
  // without an observer (never in Chromium) everything shows at once
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}
