/**
 * A Dexie live query asked "as of" an instant that moves only when its last answer says it
 * may have changed (`holdsUntil`: a level or shift boundary, the next hour or day). Between
 * those instants the query re-runs only when a table it reads changes (then as of the board's
 * latest minute) — the minute tick that keeps the board's clock true no longer re-reads every
 * table, which on a district cache cost seconds of main thread a minute. Each run leaves a
 * `board:query:<name>` performance mark (DevTools' timings) and test signal (the e2e counts
 * them under a fake clock, which stubs the performance timeline).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { signal } from '#renderer/shared/testBridge';

export function useHeldQuery<T extends { holdsUntil: number }>(
  name: string,
  now: number,
  query: (at: number) => Promise<T>,
  deps: readonly unknown[],
): T | undefined {
  const [at, setAt] = useState(now);
  const latest = useRef(now);
  useEffect(() => {
    latest.current = now;
  }, [now]);
  const answer = useLiveQuery(() => {
    performance.mark(`board:query:${name}`);
    signal(`board:query:${name}`);
    return query(Math.max(at, latest.current));
  }, [...deps, at]);
  // React's "adjust state while rendering": asked again at `now`, once past what it holds until
  if (answer !== undefined && now >= answer.holdsUntil && at < answer.holdsUntil) {
    setAt(now);
  }
  return answer;
}
