/**
 * 导入导出 — "bring your own station": grid outlines, standard addresses, officers and
 * volunteer teams from the station's own files (each through file → mapping → dry-run check →
 * one all-or-nothing transaction), and every one of them exported back so nothing is locked in.
 */
import { Tabs } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { ExportPanel } from './ExportPanel';
import { ImportWizard } from './ImportWizard';
import { importKinds } from './importKinds';
import './imports.css';
import { importsKindKey } from '#renderer/i18n/keyTables';

export function ImportScreen() {
  const { t } = useI18n();
  return (
    <div className="import-screen" data-testid="import-screen">
      <div className="import-main">
        <h2>{t('imports.title')}</h2>
        <p className="muted">{t('imports.intro')}</p>
        <Tabs
          destroyOnHidden={false}
          data-testid="import-tabs"
          items={importKinds.map((kind) => ({
            key: kind,
            label: <span data-testid={`import-tab-${kind}`}>{t(importsKindKey[kind])}</span>,
            children: <ImportWizard kind={kind} />,
          }))}
        />
      </div>
      <ExportPanel />
    </div>
  );
}
