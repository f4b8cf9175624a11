/**
 * 导出: the station's grids (GeoJSON), addresses, officers and volunteer teams (CSV) as files
 * that re-import as they are, built in a worker (a district's addresses are 25 MB of CSV).
 * Each export is written to the audit log once saved.
 */
import { Button, Card, Space, message } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { actorOf, useSession } from '#renderer/shared/session';
import { expose } from '#renderer/shared/testBridge';
import { useI18n } from '#renderer/i18n/I18nContext';
import { recordDataExport, saveExport } from './export/exportData';
import { buildExportOffThread } from './export/buildExportOffThread';
import { exportKinds, type ExportKind } from './importKinds';
import { importsExportKey } from '#renderer/i18n/keyTables';

export function ExportPanel() {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [toast, holder] = message.useMessage();

  const run = async (kind: ExportKind) => {
    setBusy(kind);
    try {
      const built = await buildExportOffThread(db.name, kind, language);
      const outcome = await saveExport(built);
      if (outcome.status === 'saved') {
        await recordDataExport(db, actorOf(session), kind, built.file.name, built.rows);
        expose('lastExport', { kind, fileName: built.file.name, rows: built.rows });
        void toast.success(t('imports.export.saved', { n: built.rows, file: built.file.name }));
      } else if (outcome.status === 'cancelled') void toast.info(t('imports.export.cancelled'));
      else void toast.error(t('imports.export.failed', { detail: outcome.message }));
    } catch (error) {
      void toast.error(
        t('imports.export.failed', { detail: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      size="small"
      title={t('imports.export.title')}
      className="import-export"
      data-testid="import-export"
    >
      {holder}
      <p className="muted">{t('imports.export.hint')}</p>
      <Space direction="vertical" style={{ width: '100%' }}>
        {exportKinds.map((kind) => (
          <Button
            key={kind}
            block
            icon={<ExportOutlined />}
            loading={busy === kind}
            disabled={busy !== null && busy !== kind}
            onClick={() => void run(kind)}
            data-testid={`export-${kind}`}
          >
            {t(importsExportKey[kind])}
          </Button>
        ))}
      </Space>
    </Card>
  );
}
