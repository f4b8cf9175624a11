/** Roster gaps across all 24-hour checkpoints in the next 24 hours, each run with a "fill" action. */
import { Button, Empty } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatTime } from '#renderer/i18n/translate';
import type { CheckpointRow } from './checkpointQueries';
import { gapRuns } from '#renderer/station/rosterWindow';

interface Props {
  rows: readonly CheckpointRow[];
  onFill(row: CheckpointRow, run: { start: number; end: number }): void;
}

export function RosterGapsList({ rows, onFill }: Props) {
  const { t, language } = useI18n();
  const gaps = rows.flatMap((row) => gapRuns(row.roster.gapHours).map((run) => ({ row, run })));
  if (gaps.length === 0) return <Empty description={t('cp.gaps.empty')} data-testid="roster-gaps-empty" />;
  return (
    <div data-testid="roster-gaps">
      <h4>{t('cp.gaps.title')}</h4>
      {gaps.map(({ row, run }) => (
        <div
          key={`${row.checkpoint.id}:${run.start}`}
          data-testid="roster-gap"
          data-checkpoint-id={row.checkpoint.id}
          data-start={run.start}
          data-end={run.end}
          style={{
            display: 'flex',
            gap: 12,
            alignItems: 'center',
            padding: '4px 0',
            borderBottom: '1px solid rgba(255,255,255,0.06)',
          }}
        >
          <span className="warn" style={{ width: 200 }}>
            {formatDateTime(run.start, language)}–{formatTime(run.end, language)}
          </span>
          <span style={{ flex: 1 }}>
            {row.checkpoint.name} <span className="muted">{row.gridLabel}</span>
          </span>
          <Button size="small" type="primary" onClick={() => onFill(row, run)} data-testid="gap-fill">
            {t('cp.gaps.fill')}
          </Button>
        </div>
      ))}
    </div>
  );
}
