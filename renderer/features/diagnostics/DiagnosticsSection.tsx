/**
 * Settings section 诊断信息: one button that exports logs, sync state and versions as a zip for
 * the station's IT (exportDiagnostics.ts), and says that nothing personal is inside.
 */
import { Alert, App, Button, Typography } from 'antd';
import { useState } from 'react';
import type { GridroomApi } from '#common/ipc/contract';
import { useDb } from '#renderer/shared/DbContext';
import { signal } from '#renderer/shared/testBridge';
import { useI18n } from '#renderer/i18n/I18nContext';
import { exportDiagnostics } from './exportDiagnostics';

export function DiagnosticsSection() {
  const { t, language } = useI18n();
  const db = useDb();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onExport = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const api = (window as { gridroom?: GridroomApi }).gridroom;
      await exportDiagnostics(db, api, language);
      void message.success(t('diagnostics.saved'));
      signal('diagnostics-exported');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="diagnostics-title" data-testid="diagnostics-section">
      <h3 id="diagnostics-title" style={{ marginTop: 32 }}>
        {t('diagnostics.title')}
      </h3>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 640 }}>
        {t('diagnostics.help')}
      </Typography.Paragraph>
      <Button onClick={() => void onExport()} loading={busy} data-testid="diagnostics-export">
        {t('diagnostics.export')}
      </Button>
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12, maxWidth: 640 }}
          title={t('diagnostics.failed')}
          description={failure}
        />
      )}
    </section>
  );
}
