/**
 * The publisher's Ed25519 public key, pinned at build time: scripts/build.ts reads
 * assets/update/publisher-public-key.txt (base64 SPKI, one line) into main's bundle as
 * `__GRIDROOM_PUBLISHER_KEY__`. An unbuilt run (tests) has none. Only an unpackaged test run
 * (GRIDROOM_TEST=1) may name another key, for the Electron e2e's own test publisher.
 */
declare const __GRIDROOM_PUBLISHER_KEY__: string | undefined;

export const builtInPublisherKey: string =
  typeof __GRIDROOM_PUBLISHER_KEY__ === 'string' ? __GRIDROOM_PUBLISHER_KEY__.trim() : '';

export function pinnedPublisherKey(env: NodeJS.ProcessEnv, testMode: boolean, isPackaged: boolean): string {
  if (testMode && !isPackaged && env.GRIDROOM_TEST_PUBLISHER_KEY)
    return env.GRIDROOM_TEST_PUBLISHER_KEY.trim();
  return builtInPublisherKey;
}
