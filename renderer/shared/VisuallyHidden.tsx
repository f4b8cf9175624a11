/**
 * Text for screen readers only: present in the accessibility tree, invisible on screen (the
 * usual clip pattern, not display:none, which would hide it from assistive technology too).
 * Used for each screen's `h1` and for the text summaries of charts.
 */
import type { ReactNode } from 'react';
import './visuallyHidden.css';

type Tag = 'span' | 'div' | 'h1' | 'h2' | 'p' | 'table';

export function VisuallyHidden({
  as: Element = 'span',
  children,
  id,
}: {
  as?: Tag;
  children: ReactNode;
  id?: string;
}) {
  return (
    <Element className="visually-hidden" id={id}>
      {children}
    </Element>
  );
}
