/**
 * A CSP widening asked for by the renderer (the tile server origin of a basemap) needs the
 * user's yes in a native dialog of main, naming the origin: a compromised renderer must not be
 * able to open its own CSP. Pure: the dialog is passed in. The default (and Escape) is to
 * refuse; a malformed origin is refused without asking; the origin already granted, or none,
 * needs no question.
 */
import type { BasemapActivateReply, BasemapActivateRequest } from '#common/ipc/basemapContract';
import { normalizeOrigin } from './security';

/** Shows the question; true only when the user chose to allow. */
export type ConfirmOrigin = (origin: string) => Promise<boolean>;

export type OriginDecision =
  { allowed: true } | { allowed: false; reply: Extract<BasemapActivateReply, { status: 'refused' }> };

export async function decideTileOrigin(
  request: BasemapActivateRequest,
  currentOrigin: string | null,
  confirm: ConfirmOrigin,
): Promise<OriginDecision> {
  if (request.tileOrigin === null) return { allowed: true };
  const origin = normalizeOrigin(request.tileOrigin);
  if (origin === null)
    return {
      allowed: false,
      reply: {
        status: 'refused',
        reason: 'invalid-origin',
        message: '瓦片服务地址不是 http(s) 源 / not an http(s) origin',
      },
    };
  if (origin === currentOrigin) return { allowed: true };
  if (await confirm(origin)) return { allowed: true };
  return {
    allowed: false,
    reply: {
      status: 'refused',
      reason: 'declined',
      message: `未确认允许访问 ${origin} / access to ${origin} was not confirmed`,
    },
  };
}

/** The dialog's text and buttons (button 0 = refuse, the default and the cancel answer). */
export function originDialogOptions(origin: string) {
  return {
    type: 'warning' as const,
    title: '允许访问地图瓦片服务？',
    message: `是否允许本工作站访问地图瓦片服务 ${origin}？`,
    detail: `这会放宽内容安全策略 (CSP)，允许页面从 ${origin} 加载内容。仅当该地址是本单位的瓦片服务时才允许。\nAllow this workstation to load map tiles from ${origin}? This widens the content security policy.`,
    buttons: ['拒绝 / Refuse', '允许 / Allow'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}
