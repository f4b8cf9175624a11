/**
 * Turns IndexedDB / Dexie failures into reasons the UI can put into words. Dexie wraps the
 * browser's error in `inner` (sometimes twice), so the whole chain is inspected: a quota
 * error must reach the user even when it arrives as an AbortError of a bulk write.
 */
export type CacheFailureReason =
  'newer-schema' | 'broken-schema' | 'quota' | 'unavailable' | 'corrupt' | 'central-unreachable';

export interface CacheFailure {
  reason: CacheFailureReason;
  detail: string;
}

function errorChain(error: unknown): Array<{ name: string; message: string }> {
  const chain: Array<{ name: string; message: string }> = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
    chain.push({ name: String(e.name ?? 'Error'), message: String(e.message ?? '') });
    current = e.inner ?? e.cause;
  }
  if (chain.length === 0) chain.push({ name: 'Error', message: String(error) });
  return chain;
}

export function isQuotaError(error: unknown): boolean {
  return errorChain(error).some((e) => e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}

export function describeStorageError(error: unknown): CacheFailure {
  const chain = errorChain(error);
  const detail = chain.map((e) => `${e.name}: ${e.message}`).join(' ← ');
  if (isQuotaError(error)) return { reason: 'quota', detail };
  if (chain.some((e) => e.name === 'VersionError')) return { reason: 'newer-schema', detail };
  if (chain.some((e) => e.name === 'MissingAPIError' || e.name === 'SecurityError'))
    return { reason: 'unavailable', detail };
  if (chain.some((e) => e.name === 'UpgradeError' || e.name === 'SchemaError' || e.name === 'NotFoundError'))
    return { reason: 'broken-schema', detail };
  return { reason: 'corrupt', detail };
}
