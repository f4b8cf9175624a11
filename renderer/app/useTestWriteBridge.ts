/**
 * `window.__gridroomTest.write(entity, id, patch)` for tests and benches: a local write made
 * as the officer signed in at this workstation (attribution and role, like any screen's write),
 * so the centre applies it. Before this, the bridge wrote as "test", which the centre rightly
 * refuses (issue 12): the change never reached the other workstation. Does nothing without the
 * test bridge (shared/testBridge).
 */
import { useEffect } from 'react';
import type { EntityName } from '#common/schemas/entities';
import { useDb } from '#renderer/shared/DbContext';
import { actorOf, useSession } from '#renderer/shared/session';
import { expose, testBridgeEnabled } from '#renderer/shared/testBridge';
import { writeLocalChange } from '#renderer/sync/localWrite';

export function useTestWriteBridge(): void {
  const db = useDb();
  const session = useSession();
  useEffect(() => {
    if (!testBridgeEnabled()) return;
    const actor = actorOf(session);
    expose('write', (entity: EntityName, id: string, patch: Record<string, unknown>) =>
      writeLocalChange(db, { entity, id, patch, ...actor }),
    );
  }, [db, session]);
}
