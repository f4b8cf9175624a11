/**
 * Literal message keys for the updater's codes (refusals, disabled reasons), so every key is
 * written out for the type checker and lint (no key built at run time).
 */
import type { UpdateRefusal } from '#common/update/updateReport';
import type { UpdateStatus } from '#common/ipc/updateContract';
import type { MessageKey } from '#renderer/i18n/zh';

export const updateRefusalKey = {
  'yml-malformed': 'update.refusal.yml-malformed',
  'signature-missing': 'update.refusal.signature-missing',
  'signature-invalid': 'update.refusal.signature-invalid',
  'statement-mismatch': 'update.refusal.statement-mismatch',
  'file-missing': 'update.refusal.file-missing',
  'hash-mismatch': 'update.refusal.hash-mismatch',
  'older-version': 'update.refusal.older-version',
  'replayed-statement': 'update.refusal.replayed-statement',
  'wrong-channel': 'update.refusal.wrong-channel',
} as const satisfies Record<UpdateRefusal, MessageKey>;

export const updateDisabledKey = {
  'not-connected': 'update.disabled.not-connected',
  'no-key': 'update.disabled.no-key',
  'not-packaged': 'update.disabled.not-packaged',
} as const satisfies Record<NonNullable<UpdateStatus['disabled']>, MessageKey>;
