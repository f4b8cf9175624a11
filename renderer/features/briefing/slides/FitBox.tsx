/**
 * Fills the slide's remaining height and tells its content how tall it may be (measured).
 * `data-height` says which height the content was last drawn for (tests wait on it after a resize).
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function FitBox({ children, className }: { children(height: number): ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setHeight(Math.floor(box.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={`briefing-fit${className ? ` ${className}` : ''}`} data-height={height}>
      {height > 0 ? children(height) : null}
    </div>
  );
}
