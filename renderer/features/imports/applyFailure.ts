/**
 * A failed step of the import worker → the reply the page words: a reason, facts for the
 * Chinese message (`detail`), and the English message for en and logs. A refused record
 * (LocalChangeError) says whether it was deleted meanwhile, a server-owned field or which
 * field its schema refused; a unique-key refusal is a duplicate grid code or address.
 */
import { LocalChangeError } from '#common/sync/localChange';
import { RoleForbiddenError } from '#common/domain/rolePolicy';
import { describeStorageError } from '#renderer/db/storageErrors';
import { isUniqueKeyError } from '#renderer/db/uniqueKeys';
import { BatchAbortedError } from '#renderer/sync/localBatchWrite';
import { ImportStepError } from './importJob';
import type { ApplyFailureDetail, ImportReply } from './importMessages';

function localChangeDetail(error: LocalChangeError): ApplyFailureDetail {
  if (/ is deleted$/.test(error.message)) return { kind: 'deleted' };
  if (/is set by the server/.test(error.message)) return { kind: 'server-field', field: error.field ?? '' };
  return { kind: 'schema', field: error.field ?? '' };
}

export function failureReply(error: unknown): ImportReply {
  if (error instanceof BatchAbortedError) return { type: 'cancelled' };
  if (error instanceof RoleForbiddenError) return { type: 'failed', reason: 'role', message: error.message };
  if (error instanceof ImportStepError)
    return {
      type: 'failed',
      reason: error.reason === 'not-checked' ? 'not-checked' : 'invalid',
      message: error.message,
      detail: { kind: 'step', step: error.reason },
    };
  if (error instanceof LocalChangeError)
    return { type: 'failed', reason: 'invalid', message: error.message, detail: localChangeDetail(error) };
  if (isUniqueKeyError(error))
    return {
      type: 'failed',
      reason: 'duplicate',
      message: error instanceof Error ? error.message : String(error),
    };
  const storage = describeStorageError(error);
  return {
    type: 'failed',
    reason: storage.reason === 'quota' ? 'quota' : 'other',
    message: storage.detail,
    detail: { kind: 'storage', reason: storage.reason },
  };
}
