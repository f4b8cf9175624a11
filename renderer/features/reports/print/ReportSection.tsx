/**
 * One numbered section of the printed report: its heading (kept with what follows) and either
 * its content or, when it has nothing to show, a sentence saying so — never an empty table.
 */
import type { ReactNode } from 'react';

export function ReportSection(props: {
  id: string;
  title: string;
  empty: boolean;
  emptyText: string;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <section className={`report-section ${props.className ?? ''}`} data-section={props.id}>
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
