/**
 * 今日核酸检测点: today's sites with their status, layout readiness (zones ready of five),
 * staff (police, medical, volunteers incl. assigned teams) and queue, and the day's totals.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDay, formatNumber } from '#renderer/i18n/translate';
import { useSitesToday } from '../useBriefingData';
import { Figure } from './Figure';
import { FittedTable } from './FittedTable';
import type { SlideProps } from './slideProps';
import { SlideEmpty, SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';
import { siteStatusKey } from '#renderer/i18n/domainWords';

export function SitesSlide({ now, onReady }: SlideProps) {
  const { t, language } = useI18n();
  const data = useSitesToday(now);
  useReadyWhen(data !== undefined, onReady);
  if (!data) return <SlideLoading />;
  const day = <div className="briefing-muted">{formatDay(data.day, language)}</div>;
  if (data.rows.length === 0)
    return (
      <>
        {day}
        <SlideEmpty text={t('briefing.sites.none')} />
        <SlideProblems problems={data.problems} />
      </>
    );
  const n = (v: number) => formatNumber(v, language);
  const { totals } = data;
  return (
    <>
      {day}
      <div className="briefing-figures sites">
        <Figure
          name="sites"
          label={t('briefing.sites.count')}
          value={n(data.rows.length)}
          raw={data.rows.length}
        />
        <Figure name="sites-open" label={t('briefing.sites.open')} value={n(totals.open)} raw={totals.open} />
        <Figure
          name="sites-staff"
          label={t('briefing.sites.staff')}
          value={n(totals.police + totals.medical + totals.volunteers)}
          raw={`${totals.police}/${totals.medical}/${totals.volunteers}`}
          detail={t('briefing.sites.staff.detail', {
            police: totals.police,
            medical: totals.medical,
            volunteers: totals.volunteers,
          })}
        />
        <Figure
          name="sites-queue"
          label={t('briefing.sites.queue')}
          value={n(totals.queue)}
          raw={totals.queue}
        />
      </div>
      <FittedTable
        testId="sites-table"
        columns={[
          { width: '34%', header: t('briefing.sites.col.name') },
          { width: '13%', header: t('briefing.sites.col.status') },
          { width: '13%', header: t('briefing.sites.col.zones'), numeric: true },
          { width: '10%', header: t('briefing.sites.col.police'), numeric: true },
          { width: '10%', header: t('briefing.sites.col.medical'), numeric: true },
          { width: '10%', header: t('briefing.sites.col.volunteers'), numeric: true },
          { width: '10%', header: t('briefing.sites.col.queue'), numeric: true },
        ]}
        rows={data.rows}
        renderRow={(row) => (
          <tr key={row.site.id} data-site-id={row.site.id}>
            <td>{row.site.name}</td>
            <td>{t(siteStatusKey[row.site.status])}</td>
            <td className={`num${row.zonesReady < data.zonesTotal ? ' bad' : ' ok'}`}>
              {row.zonesReady}/{data.zonesTotal}
            </td>
            <td className={`num${row.site.staff.police === 0 ? ' bad' : ''}`}>{n(row.site.staff.police)}</td>
            <td className={`num${row.site.staff.medical === 0 ? ' bad' : ''}`}>
              {n(row.site.staff.medical)}
            </td>
            <td className="num">{n(row.site.staff.volunteers)}</td>
            <td className="num">{n(row.site.queueLength)}</td>
          </tr>
        )}
      />
      <SlideProblems problems={data.problems} />
    </>
  );
}
