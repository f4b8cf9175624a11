/**
 * Wraps a Dexie upgrade function so the cache's upgrades leave a line in the log: which
 * version, how long it took, or why it failed (the failure is re-thrown: Dexie aborts the
 * upgrade and the cache gate reports it).
 */
import type { Transaction } from 'dexie';
import { createLogger } from '#common/log';

const log = createLogger('cache');

export function loggedUpgrade(version: number, upgrade: (tx: Transaction) => Promise<void>) {
  return async (tx: Transaction): Promise<void> => {
    const started = performance.now();
    log.info('cache upgrade started', { version });
    try {
      await upgrade(tx);
    } catch (error) {
      log.error('cache upgrade failed', { version, err: error });
      throw error;
    }
    log.info('cache upgraded', { version, ms: Math.round(performance.now() - started) });
  };
}
