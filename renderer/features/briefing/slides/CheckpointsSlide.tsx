/**
 * 卡口值守: how many checkpoints are staffed now and how many 24-hour posts have an uncovered
 * hour in the day ahead, and the checkpoints themselves — gaps first — with the people on duty
 * now and the hours nobody covers.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatNumber, formatTime } from '#renderer/i18n/translate';
import { useCheckpointsToday } from '../useBriefingData';
import { Figure } from './Figure';
import { FittedTable } from './FittedTable';
import type { SlideProps } from './slideProps';
import { SlideEmpty, SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';
import { checkpointModeKey } from '#renderer/i18n/domainWords';

export function CheckpointsSlide({ now, onReady }: SlideProps) {
  const { t, language } = useI18n();
  const data = useCheckpointsToday(now);
  useReadyWhen(data !== undefined, onReady);
  if (!data) return <SlideLoading />;
  if (data.total === 0)
    return (
      <>
        <SlideEmpty text={t('briefing.cp.none')} />
        <SlideProblems problems={data.problems} />
      </>
    );
  const n = (v: number) => formatNumber(v, language);
  const time = (ms: number) => formatTime(ms, language);
  return (
    <>
      <div className="briefing-muted" data-testid="cp-window" data-from={data.from} data-to={data.to}>
        {t('briefing.cp.window', {
          from: formatDateTime(data.from, language),
          to: formatDateTime(data.to, language),
        })}
      </div>
      <div className="briefing-figures">
        <Figure name="checkpoints" label={t('briefing.cp.total')} value={n(data.total)} raw={data.total} />
        <Figure
          name="checkpoints-staffed"
          label={t('briefing.cp.staffed')}
          value={n(data.staffedNow)}
          raw={`${data.staffedNow}/${data.total}`}
          unit={`/ ${n(data.total)}`}
          tone={data.staffedNow < data.total ? 'warn' : 'good'}
        />
        <Figure
          name="posts-with-gaps"
          label={t('briefing.cp.gaps')}
          value={n(data.postsWithGaps)}
          raw={`${data.postsWithGaps}/${data.posts24h}`}
          unit={`/ ${n(data.posts24h)}`}
          tone={data.postsWithGaps > 0 ? 'alert' : 'good'}
        />
      </div>
      {data.postsWithGaps === 0 ? (
        <div className="briefing-note" data-testid="cp-all-covered">
          {t('briefing.cp.allCovered')}
        </div>
      ) : null}
      <FittedTable
        testId="cp-table"
        columns={[
          { width: '27%', header: t('briefing.cp.col.name') },
          { width: '25%', header: t('briefing.cp.col.grid') },
          { width: '12%', header: t('briefing.cp.col.mode') },
          { width: '10%', header: t('briefing.cp.col.onDuty'), numeric: true },
          { width: '26%', header: t('briefing.cp.col.gaps') },
        ]}
        rows={data.rows}
        renderRow={(row) => (
          <tr key={row.checkpoint.id} data-checkpoint-id={row.checkpoint.id} data-gaps={row.gaps.length}>
            <td>{row.checkpoint.name}</td>
            <td>{row.gridLabel}</td>
            <td>{t(checkpointModeKey[row.checkpoint.mode])}</td>
            <td className={`num${row.staffedNow ? '' : row.checkpoint.staffed24h ? ' bad' : ' muted'}`}>
              {row.staffedNow ? t('briefing.cp.people', { n: row.onDutyNow }) : t('briefing.cp.unstaffed')}
            </td>
            <td className={row.gaps.length > 0 ? 'bad' : row.checkpoint.staffed24h ? 'ok' : 'muted'}>
              {row.gaps.length > 0
                ? row.gaps.map((g) => `${time(g.start)}–${time(g.end)}`).join('，')
                : row.checkpoint.staffed24h
                  ? t('briefing.cp.noGaps')
                  : t('briefing.cp.notRoundTheClock')}
            </td>
          </tr>
        )}
      />
      <SlideProblems problems={data.problems} />
    </>
  );
}
