/**
 * Literal message keys for the updater's codes (refusals, disabled reasons), so every key is
 * written out for the type checker and lint (no key built at run time).
 */
import type { UpdateRefusal } from '#common/update/updateReport';
import type { UpdateStatus } from '#common/ipc/updateContract';
import type { MessageKey } from '#renderer/i18n/zh';

export const updateRefusalKey = {
  'yml-malformed': 'version.refusal.yml-malformed',
  'signature-missing': 'version.refusal.signature-missing',
  'signature-invalid': 'version.refusal.signature-invalid',
  'statement-mismatch': 'version.refusal.statement-mismatch',
  'file-missing': 'version.refusal.file-missing',
  'hash-mismatch': 'version.refusal.hash-mismatch',
  'older-version': 'version.refusal.older-version',
  'replayed-statement': 'version.refusal.replayed-statement',
  'wrong-channel': 'version.refusal.wrong-channel',
} as const satisfies Record<UpdateRefusal, MessageKey>;

export const updateDisabledKey = {
  'not-connected': 'version.disabled.not-connected',
  'no-key': 'version.disabled.no-key',
  'not-packaged': 'version.disabled.not-packaged',
} as const satisfies Record<NonNullable<UpdateStatus['disabled']>, MessageKey>;
