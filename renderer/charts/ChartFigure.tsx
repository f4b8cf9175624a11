/**
 * A chart as a figure with an accessible name (its title) and a text summary of its data for
 * screen readers (chartSummaries.ts), visually hidden: the drawing stays as it was, and a
 * reader hears what it shows instead of a nameless picture.
 */
import { useId, type ReactNode } from 'react';
import { VisuallyHidden } from '#renderer/shared/VisuallyHidden';

export function ChartFigure({
  title,
  summary,
  children,
}: {
  title: string;
  summary: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <figure className="chart-figure" aria-label={title} aria-describedby={id} style={{ margin: 0 }}>
      {children}
      <VisuallyHidden as="p" id={id}>
        {summary}
      </VisuallyHidden>
    </figure>
  );
}
