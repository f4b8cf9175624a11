/**
 * The rendered height of an element, kept current with a ResizeObserver — the board uses it
 * to start the side panels below the map toolbar, whose height changes when it wraps. A
 * callback ref, so an element that mounts later (after the board's data) is still observed.
 */
import { useCallback, useEffect, useState } from 'react';

export function useElementHeight<T extends HTMLElement>(): [
  ref: (element: T | null) => void,
  height: number | null,
] {
  const [element, setElement] = useState<T | null>(null);
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  const ref = useCallback((next: T | null) => setElement(next), []);
  return [ref, height];
}
