/** One big figure of a slide: a label, the number (≥ 72 px) with its unit, and a detail line. */
import type { ReactNode } from 'react';

export interface FigureProps {
  /** `data-figure` name, for tests and the bench. */
  name: string;
  label: string;
  value: number | string;
  /** Raw value for `data-value` when `value` is formatted. */
  raw?: number | string;
  unit?: string;
  detail?: ReactNode;
  tone?: 'alert' | 'warn' | 'good';
}

export function Figure({ name, label, value, raw, unit, detail, tone }: FigureProps) {
  return (
    <div className={`briefing-figure${tone ? ` ${tone}` : ''}`} data-figure={name} data-value={raw ?? value}>
      <div className="label">{label}</div>
      <div className="value">
        {value}
        {unit ? <small>{unit}</small> : null}
      </div>
      {detail ? <div className="detail">{detail}</div> : null}
    </div>
  );
}
