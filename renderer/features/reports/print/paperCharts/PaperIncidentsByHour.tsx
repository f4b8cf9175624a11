/** The day's incidents per clock hour on paper, stacked by type; the legend names only the types that occur. */
import { incidentTypes, type IncidentType } from '#common/schemas';
import { incidentTypeColours } from '#renderer/theme/palette';
import type { ReportHour } from '../../dailyReportModel';
import { labelIndices, stackedBars, type PlotBox } from './paperChartGeometry';
import { CategoryLabels, PaperLegend, ValueGrid, PaperSvg } from './PaperChartParts';

export interface PaperIncidentsByHourProps {
  /** The chart's accessible name (its heading's words). */
  title?: string;
  hours: readonly ReportHour[];
  typeNames: Record<IncidentType, string>;
  formatHour(ms: number): string;
  formatNumber(n: number): string;
  width: number;
  height: number;
}

export function PaperIncidentsByHour(props: PaperIncidentsByHourProps) {
  const plot: PlotBox = { left: 34, top: 8, width: props.width - 34 - 6, height: props.height - 8 - 20 };
  const g = stackedBars(
    props.hours.map((h) => h.byType),
    incidentTypes,
    plot,
  );
  const shown = labelIndices(props.hours.length, 7);
  const present = incidentTypes.filter((type) => g.rects.some((r) => r.key === type));
  return (
    <>
      <PaperSvg width={props.width} height={props.height} title={props.title}>
        <ValueGrid axis={g.axis} plot={plot} format={props.formatNumber} />
        {g.rects.map((r) => (
          <rect
            key={`${r.bucket}-${r.key}`}
            x={r.x}
            y={r.y}
            width={r.width}
            height={r.height}
            fill={incidentTypeColours[r.key]}
            data-type={r.key}
          />
        ))}
        <CategoryLabels
          xs={shown.map((i) => g.centres[i] ?? 0)}
          labels={shown.map((i) => props.formatHour(props.hours[i]?.hourStart ?? 0))}
          y={plot.top + plot.height + 5}
        />
      </PaperSvg>
      <PaperLegend
        entries={present.map((type) => ({
          key: type,
          label: props.typeNames[type],
          colour: incidentTypeColours[type],
          mark: 'box' as const,
        }))}
      />
    </>
  );
}
