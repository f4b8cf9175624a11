/**
 * Over the board's map while the new-incident mode is on: a hint until a point is clicked,
 * then the new-incident form in a side panel (where the grid panel otherwise sits).
 */
import { CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { NewIncidentForm } from '#renderer/features/incidents';
import type { NewIncidentMode } from './useNewIncidentMode';

export function NewIncidentPanel(props: {
  mode: NewIncidentMode;
  onSaved(saved: { id: string; gridId: string }): void;
}) {
  const { t } = useI18n();
  const { mode } = props;
  if (!mode.armed) return null;
  if (mode.point === null)
    return (
      <div className="new-incident-hint" role="status" data-testid="new-incident-hint">
        {t('newIncident.pickHint')}
      </div>
    );
  return (
    <aside
      className="grid-panel new-incident-panel"
      data-testid="new-incident-panel"
      aria-label={t('newIncident.title')}
    >
      <header>
        <h2>{t('newIncident.title')}</h2>
        <Button
          type="text"
          icon={<CloseOutlined />}
          aria-label={t('newIncident.cancel')}
          onClick={mode.cancel}
        />
      </header>
      <NewIncidentForm point={mode.point} onSaved={props.onSaved} onCancel={mode.cancel} />
    </aside>
  );
}
