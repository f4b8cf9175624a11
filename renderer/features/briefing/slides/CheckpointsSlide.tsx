/**
 * 卡口值守: how many checkpoints are staffed now and how many 24-hour posts have an uncovered
 * hour in the day ahead, and the checkpoints themselves — gaps first — with the people on duty
 * now and the hours nobody covers.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatNumber, formatTime } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';
import { useCheckpointsToday } from '../useBriefingData';
import { fitRows } from '../fitRows';
import { Figure } from './Figure';
import { FitBox } from './FitBox';
import type { SlideProps } from './slideProps';
import { SlideEmpty, SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';

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
      <FitBox>
        {(height) => {
          const shown = data.rows.slice(0, fitRows(height, data.rows.length));
          return (
            <>
              <table className="briefing-table" data-testid="cp-table">
                <colgroup>
                  <col style={{ width: '27%' }} />
                  <col style={{ width: '25%' }} />
                  <col style={{ width: '12%' }} />
                  <col style={{ width: '10%' }} />
                  <col style={{ width: '26%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th>{t('briefing.cp.col.name')}</th>
                    <th>{t('briefing.cp.col.grid')}</th>
                    <th>{t('briefing.cp.col.mode')}</th>
                    <th className="num">{t('briefing.cp.col.onDuty')}</th>
                    <th>{t('briefing.cp.col.gaps')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr
                      key={row.checkpoint.id}
                      data-checkpoint-id={row.checkpoint.id}
                      data-gaps={row.gaps.length}
                    >
                      <td>{row.checkpoint.name}</td>
                      <td>{row.gridLabel}</td>
                      <td>{t(`checkpointMode.${row.checkpoint.mode}` as MessageKey)}</td>
                      <td
                        className={`num${row.staffedNow ? '' : row.checkpoint.staffed24h ? ' bad' : ' muted'}`}
                      >
                        {row.staffedNow
                          ? t('briefing.cp.people', { n: row.onDutyNow })
                          : t('briefing.cp.unstaffed')}
                      </td>
                      <td
                        className={row.gaps.length > 0 ? 'bad' : row.checkpoint.staffed24h ? 'ok' : 'muted'}
                      >
                        {row.gaps.length > 0
                          ? row.gaps.map((g) => `${time(g.start)}–${time(g.end)}`).join('，')
                          : row.checkpoint.staffed24h
                            ? t('briefing.cp.noGaps')
                            : t('briefing.cp.notRoundTheClock')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.rows.length > shown.length ? (
                <div className="briefing-more">
                  {t('briefing.more', { n: data.rows.length - shown.length })}
                </div>
              ) : null}
            </>
          );
        }}
      </FitBox>
      <SlideProblems problems={data.problems} />
    </>
  );
}
