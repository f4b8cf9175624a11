/**
 * Tells main what its updater needs from the renderer (desktop app only, renders nothing):
 * the enrolled centre's address with the opened device credential (`update-connect`, so main
 * can fetch the feed and report), and the outbox's live count (`update-set-outbox`, so an
 * update never installs over unsynced changes). Mounted once in the shell.
 */
import { useEffect } from 'react';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';
import { credentialFromStorage } from '#renderer/sync/credentialVault';
import { createLogger } from '#common/log';
import { useOutboxCount } from '#renderer/shared/useOutboxCount';

const log = createLogger('updates');

export function UpdateBridge() {
  const bridge = typeof window === 'undefined' ? undefined : window.gridroom;
  const config = useSyncConfig();
  const pending = useOutboxCount();
  const apiUrl = config?.apiUrl;
  const stored = config?.credential;

  useEffect(() => {
    if (!bridge || !apiUrl || !stored) return;
    let cancelled = false;
    credentialFromStorage(stored)
      .then((credential) => (cancelled ? undefined : bridge.updateConnect({ apiUrl, credential })))
      .catch((error: unknown) =>
        log.warn('update-connect failed', { error: error instanceof Error ? error.name : 'unknown' }),
      );
    return () => {
      cancelled = true;
    };
  }, [bridge, apiUrl, stored]);

  useEffect(() => {
    if (!bridge || pending === undefined) return;
    bridge.updateSetOutbox({ pending }).catch(() => undefined);
  }, [bridge, pending]);

  return null;
}
