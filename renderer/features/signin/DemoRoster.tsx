/**
 * In demo mode, a few of the demo roster's officers (the chief first) with their badge numbers,
 * so a newcomer can sign in without looking anything up. Demo data only: a workstation
 * enrolled with a centre never shows it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { officerSchema, type Officer } from '#common/schemas/station';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { rolesKey } from '#renderer/i18n/keyTables';

const SHOWN = 3;

export function DemoRoster() {
  const { t } = useI18n();
  const db = useDb();
  const officers = useLiveQuery(async () => {
    const rows = (await db.officers.toArray())
      .map((r) => officerSchema.safeParse(r))
      .flatMap((r) => (r.success && r.data.active && !r.data.deleted ? [r.data] : []));
    const rank = (o: Officer) => (o.access === 'station-chief' ? 0 : 1);
    return rows.sort((a, b) => rank(a) - rank(b)).slice(0, SHOWN);
  }, [db]);
  if (!officers?.length) return null;
  return (
    <ul className="demo-roster" data-testid="demo-roster">
      {officers.map((o) => (
        <li key={o.id} data-badge={o.badgeNo} data-access={o.access}>
          {t('signin.demo.officer', { role: t(rolesKey[o.access]), name: o.name, badgeNo: o.badgeNo })}
        </li>
      ))}
    </ul>
  );
}
