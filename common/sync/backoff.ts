/**
 * Exponential backoff with full jitter (AWS architecture blog's "full jitter"): the n-th
 * retry waits a uniform random time in [0, min(cap, base·2ⁿ)). Pure: the state is a value,
 * the random source is injected. A success resets the state.
 */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** Uniform in [0, 1). */
  random: () => number;
}

export interface BackoffState {
  /** Consecutive failures so far. */
  attempt: number;
}

export const defaultBackoff: Omit<BackoffOptions, 'random'> = { baseMs: 1000, capMs: 60_000 };
export const resetBackoff = (): BackoffState => ({ attempt: 0 });

/** The upper bound of the wait after `attempt` failures: non-decreasing, never above the cap. */
export function backoffCeiling(attempt: number, o: Pick<BackoffOptions, 'baseMs' | 'capMs'>): number {
  // 2^attempt overflows to Infinity for large attempts; min() keeps it at the cap.
  return Math.min(o.capMs, o.baseMs * 2 ** Math.max(0, attempt));
}

export function nextBackoff(
  state: BackoffState,
  o: BackoffOptions,
): { state: BackoffState; delayMs: number } {
  const r = Math.min(Math.max(o.random(), 0), 1);
  const delayMs = Math.floor(r * backoffCeiling(state.attempt, o));
  return { state: { attempt: state.attempt + 1 }, delayMs: Math.min(delayMs, o.capMs) };
}
