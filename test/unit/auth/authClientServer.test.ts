/**
 * The typed auth client against the real central API (in-process via injectFetch; PGlite and,
 * with DATABASE_URL, PostgreSQL): sign-in and its refusals with tries left, the chief's
 * enrolment codes (a single-use code enrols once, then refuses), devices and revocation
 * (the revoked device then gets UnauthorisedError on everything), the audit trail, and a duty
 * officer refused with ForbiddenError.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authClient } from '#common/auth/authClient';
import { SignInRefusedError } from '#common/auth/authErrors';
import { DEMO_PIN } from '#common/demo/demoPin';
import { ForbiddenError, UnauthorisedError } from '#common/sync/syncErrors';
import { buildApp } from '#server/app';
import { enrol } from '../server/apiClient';
import { backends, type OpenedDatabase } from '../server/backends';
import { createStation, type TestStation } from '../server/fixtures';
import { injectFetch } from '../sync/injectFetch';

describe.each(backends)('authClient against the centre ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;

  beforeAll(async () => {
    opened = await backend.open();
    app = await buildApp({ db: opened.db, enrolRateLimit: { max: 1000, timeWindowMs: 60_000 } });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  async function device() {
    const { credential, deviceId } = await enrol(app, station.code);
    let session: string | null = null;
    const client = authClient({
      baseUrl: 'http://centre.test',
      fetchImpl: injectFetch(app),
      credential: () => credential,
      officerSession: () => session,
    });
    return { client, deviceId, setSession: (s: string | null) => (session = s) };
  }

  const badge = (i: number) => station.dataset.officers[i]!.badgeNo;

  it('signs the chief in and runs the chief routes: codes, devices, revoke, audit', async () => {
    const chief = await device();
    const reply = await chief.client.signIn({ badgeNo: badge(0), pin: DEMO_PIN });
    expect(reply.officer.access).toBe('station-chief');
    chief.setSession(reply.session);

    const created = await chief.client.createEnrolmentCode({
      kind: 'workstation',
      maxUses: 1,
      expiresInHours: 24,
      label: '值班台2',
    });
    expect(created.enrolmentCode).toMatchObject({ maxUses: 1, uses: 0, label: '值班台2' });
    const second = await enrol(app, created.code, '值班台2');
    await expect(enrol(app, created.code, '值班台3')).rejects.toThrow(/401/);
    const codes = await chief.client.enrolmentCodes();
    expect(codes.codes.find((c) => c.id === created.enrolmentCode.id)).toMatchObject({ uses: 1 });

    const { devices } = await chief.client.devices();
    expect(devices.find((d) => d.id === chief.deviceId)?.signedIn?.id).toBe(reply.officer.id);
    expect(devices.find((d) => d.id === second.deviceId)).toMatchObject({
      workstation: '值班台2',
      revoked: false,
    });

    await chief.client.revokeDevice(second.deviceId);
    const revoked = authClient({
      baseUrl: 'http://centre.test',
      fetchImpl: injectFetch(app),
      credential: () => second.credential,
    });
    await expect(revoked.rotateCredential()).rejects.toBeInstanceOf(UnauthorisedError);
    await expect(revoked.signIn({ badgeNo: badge(1), pin: DEMO_PIN })).rejects.toBeInstanceOf(
      UnauthorisedError,
    );

    const audit = await chief.client.audit({ action: 'device-revoke', limit: 10 });
    expect(audit.entries.some((e) => e.action === 'device-revoke')).toBe(true);
    await chief.client.revokeEnrolmentCode(created.enrolmentCode.id);
  });

  it('a wrong PIN is refused with the tries left; a duty officer gets ForbiddenError', async () => {
    const ws = await device();
    const error = await ws.client.signIn({ badgeNo: badge(2), pin: '000001' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRefusedError);
    expect(error).toMatchObject({ refusal: 'wrong-pin', triesLeft: 4 });
    const duty = await ws.client.signIn({ badgeNo: badge(1), pin: DEMO_PIN });
    ws.setSession(duty.session);
    await expect(ws.client.devices()).rejects.toBeInstanceOf(ForbiddenError);
  });
});
