/**
 * The active basemap as the situation map takes it (map/basemapTypes.ts), made from the
 * workstation's settings: the tile URL, or for a PMTiles file the pmtiles Source that reads it
 * (the stored Blob in the browser, main's protocol in the desktop app), the coordinate system,
 * the label language, and the failure text. Null when the setting is none (the default). The
 * result keeps its identity while the setting is unchanged, so the map does not reload tiles
 * when another setting (e.g. the role) changes.
 */
import { useMemo } from 'react';
import { FetchSource } from 'pmtiles';
import { useDb } from '#renderer/shared/DbContext';
import { basemapFilesDb, loadBasemapFile } from '#renderer/db/basemapFiles';
import { basemapSettingSchema } from '#renderer/db/basemapSetting';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { Translate } from '#renderer/i18n/translate';
import type { MapBasemap } from '#renderer/map/basemapTypes';
import { useSettings } from '#renderer/shared/useSettings';
import { pmtilesFileUrl } from './desktopBasemap';
import { StoredFileSource } from './storedFileSource';

function toMapBasemap(
  settingJson: string,
  cacheName: string,
  language: string,
  t: Translate,
): MapBasemap | null {
  const parsed = basemapSettingSchema.safeParse(JSON.parse(settingJson));
  if (!parsed.success || parsed.data.kind === 'none') return null;
  const setting = parsed.data;
  const base = {
    crs: setting.crs,
    attribution: setting.attribution,
    labelLanguage: language === 'en' ? 'en' : 'zh-Hans',
    failedText: t('basemap.map.failed'),
  } as const;
  if (setting.kind !== 'pmtiles') return { ...base, kind: setting.kind, tiles: setting.url };
  const files = basemapFilesDb(cacheName);
  const source =
    setting.file.store === 'browser'
      ? new StoredFileSource(setting.file.id, (id) => loadBasemapFile(files, id))
      : new FetchSource(pmtilesFileUrl(setting.file.token));
  return { ...base, kind: 'pmtiles', source, summary: setting.summary };
}

export function useMapBasemap(): MapBasemap | null {
  const db = useDb();
  const settings = useSettings();
  const { t, language } = useI18n();
  const settingJson = settings ? JSON.stringify(settings.basemap) : null;
  return useMemo(
    () => (settingJson === null ? null : toMapBasemap(settingJson, db.name, language, t)),
    [settingJson, db.name, language, t],
  );
}
