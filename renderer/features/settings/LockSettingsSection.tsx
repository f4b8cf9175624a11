/**
 * 自动锁屏: minutes without input before a workstation's screen locks. It is the station's
 * `lockAfterMinutes`, so it syncs to every workstation of the station, and — stations being
 * chief-only in the role policy — only the station chief may change it; others see it read-only.
 */
import { App, Button, InputNumber, Space } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { stationSchema } from '#common/schemas/station';
import { useDb } from '#renderer/shared/DbContext';
import { actorOf, useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { writeErrorMessage } from '#renderer/shared/roleMessage';

const schema = stationSchema.shape.lockAfterMinutes.unwrap();

export function LockSettingsSection() {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const station = useLiveQuery(async () => {
    const parsed = stationSchema.safeParse(await db.stations.toCollection().first());
    return parsed.success ? parsed.data : null;
  }, [db]);
  const [draft, setDraft] = useState<number | null>(null);
  const minutes = draft ?? station?.lockAfterMinutes ?? null;

  const chief = session.role === 'station-chief';
  const save = async () => {
    const parsed = schema.safeParse(minutes);
    if (!station || !parsed.success) return;
    try {
      await writeLocalChange(db, {
        entity: 'stations',
        id: station.id,
        patch: { lockAfterMinutes: parsed.data },
        ...actorOf(session),
      });
      setDraft(null);
      void message.success(t('settings.lock.saved'));
    } catch (error) {
      void message.error(writeErrorMessage(t, error));
    }
  };

  if (!station) return null;
  return (
    <section data-testid="lock-settings">
      <h3 style={{ marginTop: 32 }}>{t('settings.lock.title')}</h3>
      <p className="muted">{t('settings.lock.chiefOnly')}</p>
      <Space>
        <span>{t('settings.lock.minutes')}</span>
        <InputNumber
          min={1}
          max={240}
          value={minutes}
          disabled={!chief}
          onChange={setDraft}
          aria-label={t('settings.lock.minutes')}
          data-testid="lock-minutes"
        />
        {chief ? (
          <Button onClick={() => void save()} data-testid="lock-minutes-save">
            {t('settings.save')}
          </Button>
        ) : null}
      </Space>
    </section>
  );
}
