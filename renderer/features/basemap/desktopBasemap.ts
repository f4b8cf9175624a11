/**
 * The desktop app's side of the basemap, through the preload bridge: picking a PMTiles file in
 * main's open dialog, telling main which basemap is active (main then serves that file and
 * lets the CSP reach that tile server), and the URL of the served file. Absent in browser mode.
 */
import {
  pmtilesFileUrl,
  type BasemapActivateReply,
  type BasemapPickFileReply,
} from '#common/ipc/basemapContract';
import type { BasemapSetting } from '#renderer/db/basemapSetting';

export function isDesktop(): boolean {
  return window.gridroom !== undefined;
}

export function pickDesktopPmtiles(): Promise<BasemapPickFileReply> | null {
  return window.gridroom ? window.gridroom.basemapPickFile() : null;
}

/** The XYZ tile server's origin of a setting (what the CSP must allow), or null. */
export function tileOriginOf(setting: BasemapSetting): string | null {
  if (setting.kind !== 'raster' && setting.kind !== 'vector') return null;
  try {
    return new URL(setting.url.replace(/\{([zxy])\}/g, '0')).origin;
  } catch {
    return null;
  }
}

/** Tells main the active basemap; null in browser mode (the serving side's CSP decides there). */
export function activateDesktopBasemap(setting: BasemapSetting): Promise<BasemapActivateReply> | null {
  if (!window.gridroom) return null;
  return window.gridroom.basemapActivate({
    tileOrigin: tileOriginOf(setting),
    fileToken: setting.kind === 'pmtiles' && setting.file.store === 'desktop' ? setting.file.token : null,
  });
}

export { pmtilesFileUrl };
