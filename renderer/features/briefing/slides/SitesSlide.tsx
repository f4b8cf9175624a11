/**
 * 今日核酸检测点: today's sites with their status, layout readiness (zones ready of five),
 * staff (police, medical, volunteers incl. assigned teams) and queue, and the day's totals.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDay, formatNumber } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';
import { useSitesToday } from '../useBriefingData';
import { fitRows } from '../fitRows';
import { Figure } from './Figure';
import { FitBox } from './FitBox';
import type { SlideProps } from './slideProps';
import { SlideEmpty, SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';

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
      <FitBox>
        {(height) => {
          const shown = data.rows.slice(0, fitRows(height, data.rows.length));
          return (
            <>
              <table className="briefing-table" data-testid="sites-table">
                <colgroup>
                  <col style={{ width: '34%' }} />
                  <col style={{ width: '13%' }} />
                  <col style={{ width: '13%' }} />
                  <col style={{ width: '10%' }} />
                  <col style={{ width: '10%' }} />
                  <col style={{ width: '10%' }} />
                  <col style={{ width: '10%' }} />
                </colgroup>
                <thead>
                  <tr>
                    <th>{t('briefing.sites.col.name')}</th>
                    <th>{t('briefing.sites.col.status')}</th>
                    <th className="num">{t('briefing.sites.col.zones')}</th>
                    <th className="num">{t('briefing.sites.col.police')}</th>
                    <th className="num">{t('briefing.sites.col.medical')}</th>
                    <th className="num">{t('briefing.sites.col.volunteers')}</th>
                    <th className="num">{t('briefing.sites.col.queue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <tr key={row.site.id} data-site-id={row.site.id}>
                      <td>{row.site.name}</td>
                      <td>{t(`siteStatus.${row.site.status}` as MessageKey)}</td>
                      <td className={`num${row.zonesReady < data.zonesTotal ? ' bad' : ' ok'}`}>
                        {row.zonesReady}/{data.zonesTotal}
                      </td>
                      <td className={`num${row.site.staff.police === 0 ? ' bad' : ''}`}>
                        {n(row.site.staff.police)}
                      </td>
                      <td className={`num${row.site.staff.medical === 0 ? ' bad' : ''}`}>
                        {n(row.site.staff.medical)}
                      </td>
                      <td className="num">{n(row.site.staff.volunteers)}</td>
                      <td className="num">{n(row.site.queueLength)}</td>
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
