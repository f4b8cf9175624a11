/**
 * One checkpoint's next 24 hours as a timeline: an hour ruler, uncovered hours shaded red
 * (24-hour posts), and each shift as a bar in its own lane where shifts overlap. A bar click
 * opens that shift for editing.
 */
import { HOUR_MS } from '#common/domain/time';
import type { DutyShift } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatTime } from '#renderer/i18n/translate';

interface Props {
  from: number;
  to: number;
  shifts: readonly DutyShift[];
  gapHours: readonly number[];
  onSelect(shift: DutyShift): void;
}

/** Greedy lanes: each shift goes to the first lane whose last shift has ended. */
function lanes(shifts: readonly DutyShift[]): DutyShift[][] {
  const result: DutyShift[][] = [];
  for (const s of [...shifts].sort((a, b) => a.start - b.start)) {
    const lane = result.find((l) => (l[l.length - 1]?.end ?? 0) <= s.start);
    if (lane) lane.push(s);
    else result.push([s]);
  }
  return result;
}

const LANE_PX = 22;

export function RosterTimeline({ from, to, shifts, gapHours, onSelect }: Props) {
  const { language } = useI18n();
  const span = to - from;
  const pct = (ms: number) => `${(Math.min(Math.max(ms - from, 0), span) / span) * 100}%`;
  const visible = shifts.filter((s) => s.end > from && s.start < to);
  const laid = lanes(visible);
  const hours: number[] = [];
  for (let h = from; h < to; h += HOUR_MS) hours.push(h);
  const height = Math.max(1, laid.length) * LANE_PX + 4;
  return (
    <div data-testid="roster-timeline" style={{ margin: '8px 0 16px' }}>
      <div style={{ position: 'relative', height: 16, fontSize: 11 }} className="muted">
        {hours
          .filter((_, i) => i % 3 === 0)
          .map((h) => (
            <span key={h} style={{ position: 'absolute', left: pct(h) }}>
              {formatTime(h, language)}
            </span>
          ))}
      </div>
      <div
        style={{
          position: 'relative',
          height,
          border: '1px solid var(--border, #333)',
          borderRadius: 3,
          background: 'rgba(255,255,255,0.03)',
        }}
      >
        {hours.map((h) => (
          <div
            key={h}
            style={{
              position: 'absolute',
              left: pct(h),
              top: 0,
              bottom: 0,
              borderLeft: '1px solid rgba(255,255,255,0.06)',
            }}
          />
        ))}
        {gapHours.map((h) => (
          <div
            key={`gap-${h}`}
            data-testid="timeline-gap"
            title={formatTime(h, language)}
            style={{
              position: 'absolute',
              left: pct(h),
              width: pct(from + HOUR_MS),
              top: 0,
              bottom: 0,
              background:
                'repeating-linear-gradient(45deg, rgba(215,48,39,0.55) 0 4px, rgba(215,48,39,0.25) 4px 8px)',
            }}
          />
        ))}
        {laid.flatMap((lane, li) =>
          lane.map((s) => (
            <button
              type="button"
              key={s.id}
              data-testid="timeline-shift"
              onClick={() => onSelect(s)}
              title={`${formatTime(s.start, language)}–${formatTime(s.end, language)} ${s.staff.map((m) => m.name).join('、')}`}
              style={{
                position: 'absolute',
                left: pct(s.start),
                width: `calc(${pct(Math.min(s.end, to))} - ${pct(Math.max(s.start, from))} - 2px)`,
                top: 2 + li * LANE_PX,
                height: LANE_PX - 4,
                background: '#2b6cb0',
                color: '#fff',
                border: 'none',
                borderRadius: 2,
                fontSize: 11,
                overflow: 'hidden',
                whiteSpace: 'nowrap',
                cursor: 'pointer',
                padding: '0 4px',
                textAlign: 'left',
              }}
            >
              {formatTime(s.start, language)}–{formatTime(s.end, language)}{' '}
              {s.staff.map((m) => m.name).join('、')}
            </button>
          )),
        )}
      </div>
    </div>
  );
}
