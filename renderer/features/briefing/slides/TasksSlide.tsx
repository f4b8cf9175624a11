/**
 * 今日重点任务: the open high-severity incidents, longest waiting first — when reported, what
 * happened, where, how far along, and who has it (or that nobody has been assigned yet).
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatNumber } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';
import { useKeyTasks } from '../useBriefingData';
import { fitRows } from '../fitRows';
import { Figure } from './Figure';
import { FitBox } from './FitBox';
import type { SlideProps } from './slideProps';
import { SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';

export function TasksSlide({ onReady }: SlideProps) {
  const { t, language } = useI18n();
  const data = useKeyTasks();
  useReadyWhen(data !== undefined, onReady);
  if (!data) return <SlideLoading />;
  const count = data.tasks.length;
  const waiting = data.tasks.filter((task) => task.incident.status === 'new').length;
  return (
    <>
      <div className="briefing-figures">
        <Figure
          name="open-high"
          label={t('briefing.tasks.count')}
          value={formatNumber(count, language)}
          raw={count}
          tone={count > 0 ? 'alert' : 'good'}
        />
        <Figure
          name="open-high-new"
          label={t('briefing.tasks.new')}
          value={formatNumber(waiting, language)}
          raw={waiting}
          tone={waiting > 0 ? 'alert' : undefined}
        />
        <Figure
          name="open-high-in-progress"
          label={t('briefing.tasks.handling')}
          value={formatNumber(count - waiting, language)}
          raw={count - waiting}
        />
      </div>
      {count === 0 ? (
        <div className="briefing-note" data-testid="tasks-none">
          {t('briefing.tasks.none')}
        </div>
      ) : (
        <FitBox>
          {(height) => {
            const shown = data.tasks.slice(0, fitRows(height, count));
            return (
              <>
                <table className="briefing-table" data-testid="tasks-table">
                  <colgroup>
                    <col style={{ width: '12%' }} />
                    <col style={{ width: '36%' }} />
                    <col style={{ width: '26%' }} />
                    <col style={{ width: '11%' }} />
                    <col style={{ width: '15%' }} />
                  </colgroup>
                  <thead>
                    <tr>
                      <th>{t('briefing.tasks.col.time')}</th>
                      <th>{t('briefing.tasks.col.what')}</th>
                      <th>{t('briefing.tasks.col.grid')}</th>
                      <th>{t('briefing.tasks.col.status')}</th>
                      <th>{t('briefing.tasks.col.assignee')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map(({ incident, gridLabel, assignee }) => (
                      <tr key={incident.id} data-incident-id={incident.id}>
                        <td>{formatDateTime(incident.reportedAt, language)}</td>
                        <td title={incident.description}>
                          {t(`incidentType.${incident.type}` as MessageKey)}：{incident.description}
                        </td>
                        <td>{gridLabel}</td>
                        <td>{t(`incidentStatus.${incident.status}` as MessageKey)}</td>
                        <td className={assignee ? undefined : 'bad'}>
                          {assignee ?? t('briefing.tasks.unassigned')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {count > shown.length ? (
                  <div className="briefing-more">{t('briefing.more', { n: count - shown.length })}</div>
                ) : null}
              </>
            );
          }}
        </FitBox>
      )}
      <SlideProblems problems={data.problems} />
    </>
  );
}
