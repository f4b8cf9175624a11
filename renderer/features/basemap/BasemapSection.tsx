/**
 * 设置 → 底图: choose none (default), an XYZ raster or vector tile URL, or an offline PMTiles
 * file; per basemap its coordinate system (WGS-84/CGCS2000 or GCJ-02) and an optional
 * attribution. A PMTiles file is checked when picked (signature, version, every section inside
 * the file, root directory) and its tile type, zoom range and bounds are shown; a bad file says
 * why next to the field and changes nothing. Browser mode picks with a file input and keeps the
 * file in this browser; the desktop app picks in main's open dialog.
 */
import { App, Button, Form, Input, Radio, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useCache } from '#renderer/shared/DbContext';
import type { BasemapSetting } from '#renderer/db/basemapSetting';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { MessageKey } from '#renderer/i18n/zh';
import { useSettings } from '#renderer/shared/useSettings';
import {
  basemapFromForm,
  formValuesOf,
  pickedOf,
  type BasemapFormValues,
  type PickedPmtiles,
} from './basemapForm';
import { saveBasemap } from './basemapMutations';
import { isDesktop, pickDesktopPmtiles } from './desktopBasemap';
import { inspectPmtilesFile } from './inspectPmtilesFile';
import { PmtilesSummaryText } from './PmtilesSummaryText';
import { keyIn } from '#renderer/i18n/domainWords';
import { basemapKindKey, basemapProblemKey } from '#renderer/i18n/keyTables';

type FileState =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'refused'; key: MessageKey; detail: string; fileName: string | null };

export function BasemapSection() {
  const settings = useSettings();
  if (!settings) return null;
  // a new saved setting remounts the form, which starts from it
  return <BasemapForm key={JSON.stringify(settings.basemap)} saved={settings.basemap} />;
}

function BasemapForm({ saved }: { saved: BasemapSetting }) {
  const { t } = useI18n();
  const { db } = useCache();
  const { message } = App.useApp();
  const [form] = Form.useForm<BasemapFormValues>();
  const kind = Form.useWatch('kind', form);
  const [picked, setPicked] = useState<PickedPmtiles | null>(() => pickedOf(saved));
  const [fileState, setFileState] = useState<FileState>({ phase: 'idle' });
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const desktop = isDesktop();

  const refuse = (problem: string, detail: string, fileName: string | null): void =>
    setFileState({
      phase: 'refused',
      key: keyIn(basemapProblemKey, problem) ?? 'basemap.problem.unreadable',
      detail,
      fileName,
    });

  const onBrowserFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setFileState({ phase: 'checking' });
    const check = await inspectPmtilesFile(file);
    if (!check.ok) return refuse(check.problem, check.detail, file.name);
    setPicked({
      ref: { store: 'pending' },
      blob: file,
      fileName: file.name,
      fileSize: file.size,
      summary: check.header.summary,
    });
    setFileState({ phase: 'idle' });
  };

  const onChooseFile = async (): Promise<void> => {
    const pick = pickDesktopPmtiles();
    if (pick === null) {
      fileInput.current?.click();
      return;
    }
    setFileState({ phase: 'checking' });
    const reply = await pick;
    if (reply.status === 'cancelled') return setFileState({ phase: 'idle' });
    if (reply.status === 'refused') return refuse(reply.problem, reply.detail, null);
    setPicked({
      ref: { store: 'desktop', token: reply.token },
      fileName: reply.fileName,
      fileSize: reply.fileSize,
      summary: reply.summary,
    });
    setFileState({ phase: 'idle' });
  };

  const onFinish = async (values: BasemapFormValues): Promise<void> => {
    const result = basemapFromForm(values, picked);
    if (!result.ok) {
      for (const { field, key } of result.errors) {
        if (field === 'file') setFileState({ phase: 'refused', key, detail: '', fileName: null });
        else form.setFields([{ name: field, errors: [t(key)] }]);
      }
      return;
    }
    setSaving(true);
    try {
      const pending =
        picked?.ref.store === 'pending' && picked.blob ? { blob: picked.blob, name: picked.fileName } : null;
      const saved = await saveBasemap(db, result.setting, result.setting.kind === 'pmtiles' ? pending : null);
      if (saved.status === 'refused') {
        void message.error(
          saved.declined
            ? t('basemap.activateDeclined')
            : t('basemap.activateRefused', { reason: saved.message }),
        );
        return;
      }
      void message.success(t('basemap.saved'));
      if (saved.reload) window.location.reload();
    } catch (error) {
      void message.error(
        t('basemap.saveFailed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    } finally {
      setSaving(false);
    }
  };

  const fileError = fileState.phase === 'refused';
  return (
    <section data-testid="basemap-settings" style={{ maxWidth: 640, marginTop: 32 }}>
      <h3>{t('basemap.title')}</h3>
      <Typography.Paragraph type="secondary">{t('basemap.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        initialValues={formValuesOf(saved)}
      >
        <Form.Item name="kind" label={t('basemap.kind')}>
          <Radio.Group data-testid="basemap-kind">
            {(['none', 'raster', 'vector', 'pmtiles'] as const).map((k) => (
              <Radio.Button key={k} value={k} data-testid={`basemap-kind-${k}`}>
                {t(basemapKindKey[k])}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {(kind === 'raster' || kind === 'vector') && (
          <Form.Item
            name="url"
            label={t('basemap.url')}
            extra={
              <>
                <div>{t(kind === 'raster' ? 'basemap.url.help.raster' : 'basemap.url.help.vector')}</div>
                <div>{t(desktop ? 'basemap.url.help.desktop' : 'basemap.url.help.browser')}</div>
              </>
            }
          >
            <Input
              placeholder={
                kind === 'raster'
                  ? 'http://tiles.local/{z}/{x}/{y}.png'
                  : 'http://tiles.local/{z}/{x}/{y}.mvt'
              }
              data-testid="basemap-url"
            />
          </Form.Item>
        )}
        {kind === 'pmtiles' && (
          <Form.Item label={t('basemap.file')} extra={t('basemap.file.help')}>
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <Space>
                <Button
                  onClick={() => void onChooseFile()}
                  loading={fileState.phase === 'checking'}
                  data-testid="basemap-file-choose"
                >
                  {t('basemap.file.choose')}
                </Button>
                <span data-testid="basemap-file-name">
                  {fileState.phase === 'checking'
                    ? t('basemap.file.checking')
                    : picked
                      ? t('basemap.file.name', {
                          name: picked.fileName,
                          size: (picked.fileSize / 1e6).toFixed(1),
                        })
                      : t('basemap.file.none')}
                </span>
              </Space>
              {picked && fileState.phase !== 'checking' && <PmtilesSummaryText summary={picked.summary} />}
              {fileError && (
                <Typography.Text
                  type="danger"
                  role="alert"
                  data-testid="basemap-file-error"
                  title={fileState.detail}
                >
                  {fileState.fileName === null
                    ? t(fileState.key)
                    : t('basemap.file.refused', { name: fileState.fileName, reason: t(fileState.key) })}
                </Typography.Text>
              )}
            </Space>
            <input
              ref={fileInput}
              type="file"
              accept=".pmtiles"
              style={{ display: 'none' }}
              data-testid="basemap-file-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                void onBrowserFile(file);
              }}
            />
          </Form.Item>
        )}
        {kind !== undefined && kind !== 'none' && (
          <>
            <Form.Item name="crs" label={t('basemap.crs')} extra={t('basemap.crs.help')}>
              <Radio.Group data-testid="basemap-crs">
                <Radio value="wgs84" data-testid="basemap-crs-wgs84">
                  {t('basemap.crs.wgs84')}
                </Radio>
                <Radio value="gcj02" data-testid="basemap-crs-gcj02">
                  {t('basemap.crs.gcj02')}
                </Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="attribution" label={t('basemap.attribution')}>
              <Input maxLength={400} data-testid="basemap-attribution" />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={saving} data-testid="basemap-save">
          {t('basemap.save')}
        </Button>
      </Form>
    </section>
  );
}
