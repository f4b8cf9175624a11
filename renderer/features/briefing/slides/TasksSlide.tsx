/**
 * 今日重点任务: the open high-severity incidents, longest waiting first — when reported, what
 * happened, where, how far along, and who has it (or that nobody has been assigned yet).
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatNumber } from '#renderer/i18n/translate';
import { useKeyTasks } from '../useBriefingData';
import { Figure } from './Figure';
import { FusionTaskLine } from './FusionTaskLine';
import { FittedTable } from './FittedTable';
import type { SlideProps } from './slideProps';
import { SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';
import { incidentStatusKey, incidentTypeKey } from '#renderer/i18n/domainWords';

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
      <FusionTaskLine />
      {count === 0 ? (
        <div className="briefing-note" data-testid="tasks-none">
          {t('briefing.tasks.none')}
        </div>
      ) : (
        <FittedTable
          testId="tasks-table"
          columns={[
            { width: '12%', header: t('briefing.tasks.col.time') },
            { width: '36%', header: t('briefing.tasks.col.what') },
            { width: '26%', header: t('briefing.tasks.col.grid') },
            { width: '11%', header: t('briefing.tasks.col.status') },
            { width: '15%', header: t('briefing.tasks.col.assignee') },
          ]}
          rows={data.tasks}
          renderRow={({ incident, gridLabel, assignee }) => (
            <tr key={incident.id} data-incident-id={incident.id}>
              <td>{formatDateTime(incident.reportedAt, language)}</td>
              <td title={incident.description}>
                {t(incidentTypeKey[incident.type])}：{incident.description}
              </td>
              <td>{gridLabel}</td>
              <td>{t(incidentStatusKey[incident.status])}</td>
              <td className={assignee ? undefined : 'bad'}>{assignee ?? t('briefing.tasks.unassigned')}</td>
            </tr>
          )}
        />
      )}
      <SlideProblems problems={data.problems} />
    </>
  );
}
