/** Turns a refused or invalid write into words for the officer. */
import { LocalChangeError } from '#common/sync/localChange';
import type { Translate } from '#renderer/i18n/translate';
import { RoleForbiddenError } from '#common/domain/rolePolicy';
import { rolesKey } from '#renderer/i18n/keyTables';

export function writeErrorMessage(t: Translate, error: unknown): string {
  if (error instanceof RoleForbiddenError) return t('roles.forbidden', { role: t(rolesKey[error.role]) });
  if (error instanceof LocalChangeError) return t('grids.edit.invalid', { reason: error.message });
  return error instanceof Error ? error.message : String(error);
}
