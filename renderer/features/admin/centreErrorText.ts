/** Words for a failed call to the centre from the chief's screens (network, 401, 403, …). */
import { OfficerSessionRequiredError } from '#common/auth/authErrors';
import { toSyncError } from '#common/sync/syncErrors';
import type { Translate } from '#renderer/i18n/translate';
import { syncErrorKey } from '#renderer/i18n/domainWords';

export function centreErrorText(error: unknown, t: Translate): string {
  if (error instanceof OfficerSessionRequiredError) return t('admin.needsCentre.no-centre-session');
  const e = toSyncError(error);
  if (e.kind === 'forbidden') return t('admin.chiefOnly');
  return t(syncErrorKey[e.kind]);
}
