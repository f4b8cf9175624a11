/**
 * The demo central API on a PGlite data directory: the first start seeds the city, the second
 * finds it seeded — and BOTH hand out fresh random enrolment codes (workstation and display)
 * that work, and a demo officer signs in with the documented demo PIN. A city seeded before
 * sign-in existed (officers without PINs) gets the demo PIN on the next start.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API_VERSION, API_VERSION_HEADER, enrolReplySchema } from '#common/sync/protocol';
import { DEMO_PIN } from '#common/demo/demoPin';
import { startCentralApi, type CentralApi } from '#server/centralApi';

async function post(api: CentralApi, url: string, body: unknown, credential?: string) {
  const res = await fetch(`${api.url}${url}`, {
    method: 'POST',
    headers: {
      [API_VERSION_HEADER]: String(API_VERSION),
      'content-type': 'application/json',
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe('demo start (PGlite data directory)', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('issues working enrolment codes on every start, and demo officers sign in with the demo PIN', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'gridroom-demo-'));
    dirs.push(dataDir);
    const first = await startCentralApi({ port: 0, dataDir });
    const firstCodes = first.enrolmentCodes;
    await first.close();
    const second = await startCentralApi({ port: 0, dataDir });
    try {
      expect(second.seed?.seeded).toBe(false);
      expect(second.enrolmentCodes.map((c) => c.station).sort()).toEqual(['开元派出所', '禾山派出所'].sort());
      for (const c of second.enrolmentCodes) {
        expect(c.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
        expect(c.code).not.toBe(firstCodes.find((f) => f.stationId === c.stationId)?.code);
      }
      const heshan = second.enrolmentCodes.find((c) => c.station === '禾山派出所');
      if (!heshan) throw new Error('no Heshan code');
      const enrolled = enrolReplySchema.parse(
        (await post(second, '/api/v1/enrol', { enrolmentCode: heshan.code, workstation: 'demo' })).body,
      );
      expect(enrolled.kind).toBe('workstation');
      const display = enrolReplySchema.parse(
        (await post(second, '/api/v1/enrol', { enrolmentCode: heshan.displayCode, workstation: 'briefing' }))
          .body,
      );
      expect(display.kind).toBe('display');
      const { rows } = await (async () => {
        const res = await fetch(`${second.url}/api/v1/pull?after=0&limit=5000`, {
          headers: {
            [API_VERSION_HEADER]: String(API_VERSION),
            authorization: `Bearer ${enrolled.credential}`,
          },
        });
        const body = (await res.json()) as {
          changes: Array<{ entity: string; row: Record<string, unknown> }>;
        };
        return { rows: body.changes.filter((c) => c.entity === 'officers').map((c) => c.row) };
      })();
      const chief = rows.find((o) => o.access === 'station-chief');
      const signIn = await post(
        second,
        '/api/v1/auth/signin',
        { badgeNo: chief?.badgeNo, pin: DEMO_PIN },
        enrolled.credential,
      );
      expect(signIn.status).toBe(200);
      expect(signIn.body).toMatchObject({ officer: { access: 'station-chief' } });
    } finally {
      await second.close();
    }
  }, 180_000);
});
