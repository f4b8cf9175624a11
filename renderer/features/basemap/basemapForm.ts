/**
 * The basemap form's values and their validation into a setting (db/basemapSetting.ts) with
 * one message key per field, so errors show next to the field and bad input saves nothing.
 * A picked PMTiles file is held apart from the form's text fields: it was checked when picked,
 * and in browser mode its Blob is stored only when the setting is saved.
 */
import type { CrsName } from '#common/geo/chinaCrs';
import type { PmtilesSummary } from '#common/basemap/pmtilesArchive';
import {
  basemapSettingSchema,
  type BasemapKind,
  type BasemapSetting,
  type PmtilesFileRef,
} from '#renderer/db/basemapSetting';
import type { MessageKey } from '#renderer/i18n/zh';

export interface BasemapFormValues {
  kind: BasemapKind;
  url: string;
  crs: CrsName;
  attribution: string;
}

export type BasemapField = keyof BasemapFormValues | 'file';

/** A PMTiles file accepted by the check: either already stored/served, or a Blob to store on save. */
export interface PickedPmtiles {
  ref: PmtilesFileRef | { store: 'pending' };
  blob?: Blob;
  fileName: string;
  fileSize: number;
  summary: PmtilesSummary;
}

export type BasemapFormResult =
  | { ok: true; setting: BasemapSetting }
  | { ok: false; errors: Array<{ field: BasemapField; key: MessageKey }> };

const fieldMessage: Record<string, MessageKey> = {
  'tile-url-invalid': 'basemap.error.tile-url-invalid',
  'tile-url-too-long': 'basemap.error.tile-url-too-long',
  'attribution-too-long': 'basemap.error.attribution-too-long',
};

export function formValuesOf(setting: BasemapSetting): BasemapFormValues {
  return {
    kind: setting.kind,
    url: setting.kind === 'raster' || setting.kind === 'vector' ? setting.url : '',
    crs: setting.kind === 'none' ? 'wgs84' : setting.crs,
    attribution: setting.kind === 'none' ? '' : setting.attribution,
  };
}

export function pickedOf(setting: BasemapSetting): PickedPmtiles | null {
  return setting.kind === 'pmtiles'
    ? { ref: setting.file, fileName: setting.fileName, fileSize: setting.fileSize, summary: setting.summary }
    : null;
}

/** A pending (not yet stored) browser file gets a placeholder id; the save replaces it. */
export const PENDING_FILE_ID = 'pending';

export function basemapFromForm(values: BasemapFormValues, picked: PickedPmtiles | null): BasemapFormResult {
  const common = { crs: values.crs, attribution: values.attribution ?? '' };
  let candidate: unknown;
  if (values.kind === 'none') candidate = { kind: 'none' };
  else if (values.kind === 'raster' || values.kind === 'vector')
    candidate = { kind: values.kind, url: values.url ?? '', ...common };
  else {
    if (picked === null)
      return { ok: false, errors: [{ field: 'file', key: 'basemap.error.file-required' }] };
    const file = picked.ref.store === 'pending' ? { store: 'browser', id: PENDING_FILE_ID } : picked.ref;
    candidate = {
      kind: 'pmtiles',
      file,
      fileName: picked.fileName,
      fileSize: picked.fileSize,
      summary: picked.summary,
      ...common,
    };
  }
  const parsed = basemapSettingSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, setting: parsed.data };
  const errors = parsed.error.issues.map((issue) => {
    const head = String(issue.path[0] ?? 'kind');
    const field: BasemapField = head === 'url' || head === 'attribution' || head === 'crs' ? head : 'file';
    return { field, key: fieldMessage[issue.message] ?? 'basemap.error.tile-url-invalid' };
  });
  return { ok: false, errors };
}
