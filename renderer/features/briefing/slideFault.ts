/**
 * Test-bridge-only fault injection: with `window.__gridroomTest.briefingFault = '<slide id>'`
 * set by a test, that slide throws while rendering, so e2e can prove the per-slide error
 * boundary keeps a failure off the wall. Without the test bridge this never fires.
 */
import type { SlideId } from './slides';

export function injectedSlideFault(id: SlideId): boolean {
  const bridge = (window as unknown as { __gridroomTest?: { briefingFault?: unknown } }).__gridroomTest;
  return bridge?.briefingFault === id;
}

export function FaultySlide(): never {
  throw new Error(`injected briefing slide fault\n    at FaultySlide (SlideView.tsx:1:1)`);
}
