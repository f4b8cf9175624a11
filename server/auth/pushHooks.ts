/**
 * The push's trust hooks for sync/applyPush: attribution and role checks before merging
 * (authorizeMutations, then the pass's code-zone rule) and the audit trail after (audit/changeLog), sharing the time each
 * accepted change counts as made. One instance per push.
 */
import { pushTrailStatements } from '../audit/changeLog';
import type { PushHooks } from '../sync/applyPush';
import { refuseCodeZoneApprovals } from '../passes/codeZoneRule';
import { authorizeMutations } from './authorizeMutations';

export function pushHooks(ctx: { deviceId: string; stationId: string; now: number }): PushHooks {
  let madeAt: ReadonlyMap<number, number> = new Map();
  return {
    async authorize(tx, fresh) {
      const verdict = await authorizeMutations(tx, { ...ctx, mutations: fresh });
      madeAt = verdict.madeAt;
      // The pass's code-zone rule (§9): an approval the zone forbids is refused too.
      const zone = await refuseCodeZoneApprovals(tx, {
        ...ctx,
        mutations: fresh,
        madeAt,
        refused: verdict.refusals,
      });
      return new Map([...verdict.refusals, ...zone]);
    },
    record: (applied, refused) => pushTrailStatements({ ...ctx, applied, refused, madeAt }),
  };
}
