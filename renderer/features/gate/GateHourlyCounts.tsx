/**
 * Today's checks per checkpoint per hour (station time): one row a checkpoint with checks
 * today, 24 hour cells (checks, with refusals marked), and the day's checks, refusals, fever
 * readings and exit attempts at in-only checkpoints (只进不出; flagged when any).
 */
import { Empty } from 'antd';
import { dayOf, HOUR_MS, startOfDay } from '#common/domain/time';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber } from '#renderer/i18n/translate';
import type { GateCheckpoint } from './gateQueries';
import { useGateDayCounts } from './useGate';

interface Props {
  checkpoints: readonly GateCheckpoint[];
  now: number;
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function GateHourlyCounts({ checkpoints, now }: Props) {
  const { t, language } = useI18n();
  const dayStart = startOfDay(dayOf(now));
  const counts = useGateDayCounts(
    checkpoints.map((c) => c.checkpoint.id),
    dayStart,
  );
  const byId = new Map(checkpoints.map((c) => [c.checkpoint.id, c]));
  const currentHour = Math.floor((now - dayStart) / HOUR_MS);
  const busiest = Math.max(1, ...(counts ?? []).flatMap((c) => c.hours.map((h) => h.checks)));
  return (
    <div className="gate-counts" data-testid="gate-counts">
      <h4>{t('gate.counts.title')}</h4>
      {counts && counts.length === 0 ? (
        <Empty description={t('gate.counts.empty')} data-testid="gate-counts-empty" />
      ) : (
        <table className="gate-counts-table">
          <thead>
            <tr>
              <th className="gate-counts-name">{t('gate.counts.checkpoint')}</th>
              {HOURS.map((h) => (
                <th key={h} className={h === currentHour ? 'gate-hour-now' : undefined}>
                  {String(h).padStart(2, '0')}
                </th>
              ))}
              <th>{t('gate.counts.total')}</th>
              <th>{t('gate.counts.refused')}</th>
              <th>{t('gate.counts.fever')}</th>
              <th title={t('gate.counts.exit.help')}>{t('gate.counts.exit')}</th>
            </tr>
          </thead>
          <tbody>
            {(counts ?? []).map((c) => (
              <tr key={c.checkpointId} data-testid="gate-count-row" data-checkpoint-id={c.checkpointId}>
                <td className="gate-counts-name">
                  {byId.get(c.checkpointId)?.checkpoint.name ?? c.checkpointId}
                </td>
                {c.hours.map((h, hour) => (
                  <td
                    key={hour}
                    data-testid="gate-count-cell"
                    data-hour={hour}
                    data-checks={h.checks}
                    data-refused={h.refused}
                    title={t('gate.counts.cell', {
                      hour: String(hour).padStart(2, '0'),
                      n: h.checks,
                      r: h.refused,
                    })}
                    className={h.refused > 0 ? 'gate-cell-refused' : undefined}
                    style={
                      h.checks > 0
                        ? { background: `rgba(64, 150, 255, ${0.15 + (0.6 * h.checks) / busiest})` }
                        : undefined
                    }
                  >
                    {h.checks > 0 ? formatNumber(h.checks, language) : ''}
                  </td>
                ))}
                <td data-testid="gate-count-total">{formatNumber(c.checks, language)}</td>
                <td data-testid="gate-count-refused" className={c.refused > 0 ? 'warn' : undefined}>
                  {formatNumber(c.refused, language)}
                </td>
                <td data-testid="gate-count-fever" className={c.fever > 0 ? 'warn' : undefined}>
                  {formatNumber(c.fever, language)}
                </td>
                <td data-testid="gate-count-exit" className={c.exitAttempts > 0 ? 'gate-flag' : undefined}>
                  {formatNumber(c.exitAttempts, language)}
                  {c.exitAttempts > 0 ? ' ⚑' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
