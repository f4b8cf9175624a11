/**
 * Literal message keys for the updater's disabled reasons, so every key is written out for the
 * type checker and lint (no key built at run time). Refusals: i18n/domainWords updateRefusalKey.
 */
import type { UpdateStatus } from '#common/ipc/updateContract';
import type { MessageKey } from '#renderer/i18n/zh';

export const updateDisabledKey = {
  'not-connected': 'version.disabled.not-connected',
  'no-key': 'version.disabled.no-key',
  'not-packaged': 'version.disabled.not-packaged',
} as const satisfies Record<NonNullable<UpdateStatus['disabled']>, MessageKey>;
