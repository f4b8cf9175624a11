/**
 * `npm run dist` refuses installers that trust the demo publisher key (scripts/release/
 * demoKeyGuard.ts): the rule, and the guard run as a process on this repository, which pins the
 * demo key today — refused without GRIDROOM_DEMO_RELEASE=1, let through with it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoKeyRefusal } from '#scripts/release/demoKeyGuard';
import { repoRoot } from '#scripts/paths';

const demoKey = readFileSync(path.join(repoRoot, 'test/fixtures/update/publisher-public-key.txt'), 'utf8');
const ownKey = 'MCowBQYDK2VwAyEA' + 'b'.repeat(43) + '=';

function runGuard(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release/demoKeyGuard.ts'], {
    cwd: repoRoot,
    env: { ...process.env, GRIDROOM_DEMO_RELEASE: '', ...env },
    encoding: 'utf8',
  });
}

describe('the demo key guard of npm run dist', () => {
  it('refuses the demo key and an empty one, lets an own key through', () => {
    expect(demoKeyRefusal(demoKey, demoKey, false)).toMatch(/DEMO publisher key/);
    expect(demoKeyRefusal(`${demoKey.trim()}\n`, demoKey, false)).toMatch(/DEMO/);
    expect(demoKeyRefusal('', demoKey, true)).toMatch(/is empty/);
    expect(demoKeyRefusal(ownKey, demoKey, false)).toBeNull();
    expect(demoKeyRefusal(demoKey, demoKey, true)).toBeNull();
  });

  it('stops the build on this repository (it pins the demo key) unless a demo is asked for', () => {
    const refused = runGuard({});
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^拒绝 refused: .*DEMO publisher key/m);
    const demo = runGuard({ GRIDROOM_DEMO_RELEASE: '1' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toMatch(/publisher key checked/);
  }, 60_000);
});
