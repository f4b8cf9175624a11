/**
 * The title bar's station name and "数据截至" (data as of), each its own small component with
 * its own live query. They read `meta` and `stations`, which every pulled page of a sync writes;
 * held in the Shell, each page re-rendered the whole frame and the routed screen with it (the
 * board, on a busy sync, several hundred ms a page).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { stationSchema } from '#common/schemas';
import { cacheStateSchema } from '#renderer/db/localRows';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';

export function StationName() {
  const db = useDb();
  const name = useLiveQuery(async () => {
    const stations = await db.stations.toArray();
    return stations.map((s) => stationSchema.safeParse(s)).find((r) => r.success)?.data?.name ?? '';
  }, [db]);
  return (
    <span className="station" data-testid="station-name">
      {name}
    </span>
  );
}

export function DataAsOf() {
  const db = useDb();
  const { t, language } = useI18n();
  const dataAsOf = useLiveQuery(async () => {
    const parsed = cacheStateSchema.safeParse((await db.meta.get('cacheState'))?.value);
    return parsed.success && parsed.data.status === 'ready' ? parsed.data.dataAsOf : null;
  }, [db]);
  return dataAsOf ? (
    <span className="as-of" data-testid="data-as-of">
      {t('shell.dataAsOf', { time: formatDateTime(dataAsOf, language) })}
    </span>
  ) : null;
}
