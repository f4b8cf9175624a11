/**
 * One numbered section of the printed report: its heading (kept with what follows) and either
 * its content or, when it has nothing to show, a sentence saying so — never an empty table.
 * On screen it is rendered once it comes near the viewport (`data-shown`, useNearViewport).
 */
import { useRef, type ReactNode } from 'react';
import { useNearViewport } from './useNearViewport';

export function ReportSection(props: {
  id: string;
  title: string;
  empty: boolean;
  emptyText: string;
  children?: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const shown = useNearViewport(ref);
  return (
    <section
      ref={ref}
      className={`report-section ${props.className ?? ''}`}
      data-section={props.id}
      data-shown={shown ? '1' : undefined}
    >
      <h2>{props.title}</h2>
      {props.empty ? (
        <p className="report-empty" data-empty={props.id}>
          {props.emptyText}
        </p>
      ) : (
        props.children
      )}
    </section>
  );
}
