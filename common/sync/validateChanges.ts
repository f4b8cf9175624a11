/**
 * Pulled rows pass their entity schema before anything of a page is written: the envelope was
 * checked by the transport, the rows themselves are checked here. One bad row rejects the
 * whole page with an InvalidReplyError naming it, so the cache never holds half a page.
 */
import { entitySchemas } from '../schemas/entities';
import type { Change } from './protocol';
import type { SyncRow } from './rebase';
import { InvalidReplyError } from './syncErrors';

export function validateChanges(changes: readonly Change[]): Change[] {
  return changes.map((change, i) => {
    const parsed = entitySchemas[change.entity].safeParse(change.row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = `changes.${i}.row.${issue?.path.join('.') ?? ''}`;
      throw new InvalidReplyError(`pull reply: ${field}: ${issue?.message ?? 'invalid'}`, field);
    }
    const row = parsed.data as SyncRow;
    if (row.id !== change.id)
      throw new InvalidReplyError(
        `pull reply: changes.${i}.row.id differs from changes.${i}.id`,
        `changes.${i}.row.id`,
      );
    if (row.version !== change.version) {
      throw new InvalidReplyError(
        `pull reply: changes.${i}.row.version differs from changes.${i}.version`,
        `changes.${i}.row.version`,
      );
    }
    return { ...change, row };
  });
}
