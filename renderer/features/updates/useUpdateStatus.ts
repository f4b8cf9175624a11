/**
 * The desktop app's update status for settings → 版本: asks main once, then keeps asking for the
 * next revision (`update-watch-status` answers when the status changes), so the section follows
 * checking → downloading (progress) → ready without polling. null in the browser build (no
 * bridge): there, updates are the desktop app's business.
 */
import { useCallback, useEffect, useState } from 'react';
import type { UpdateInstallReply, UpdateStatus } from '#common/ipc/updateContract';
import { signal } from '#renderer/shared/testBridge';

export interface UpdateStatusHook {
  status: UpdateStatus | null;
  checkNow(): Promise<void>;
  installNow(): Promise<UpdateInstallReply | null>;
}

export function useUpdateStatus(): UpdateStatusHook {
  const bridge = typeof window === 'undefined' ? undefined : window.gridroom;
  const [status, setStatus] = useState<UpdateStatus | null>(null);

  useEffect(() => {
    if (!bridge) {
      signal('update-status');
      return;
    }
    let stopped = false;
    const follow = async () => {
      let current = await bridge.updateGetStatus();
      while (!stopped) {
        setStatus(current);
        signal('update-status');
        current = await bridge.updateWatchStatus({ afterRevision: current.revision });
      }
    };
    follow().catch(() => undefined); // main gone (window closing): nothing to show
    return () => {
      stopped = true;
    };
  }, [bridge]);

  const checkNow = useCallback(async () => {
    if (bridge) setStatus(await bridge.updateCheckNow());
  }, [bridge]);
  const installNow = useCallback(async () => (bridge ? bridge.updateInstallNow() : null), [bridge]);
  return { status, checkNow, installNow };
}
