/**
 * The officers-and-devices client at its external boundary, a fake fetch: the headers each
 * route sends (device credential, officer session), replies parsed with the contract, and
 * each failure mapped to its typed error — sign-in refusals with their tries and lock-out, a
 * network failure distinct from 401 and 403, an officer route refused before sending when
 * nobody is signed in.
 */
import { describe, expect, it } from 'vitest';
import { authClient, auditQueryString } from '#common/auth/authClient';
import { OfficerSessionRequiredError, SignInRefusedError } from '#common/auth/authErrors';
import type { FetchLike } from '#common/sync/transport';
import { ForbiddenError, InvalidReplyError, NetworkError, UnauthorisedError } from '#common/sync/syncErrors';

const CRED = `${'00000000-0000-4000-8000-00000000000d'}.${'s'.repeat(43)}`;
const SESSION = `${'00000000-0000-4000-8000-00000000000e'}.${'t'.repeat(43)}`;
const OFFICER_ID = '00000000-0000-4000-8000-000000000001';
const officer = { id: OFFICER_ID, name: '王建国', badgeNo: '350001', access: 'station-chief' as const };

interface Call {
  url: string;
  init: RequestInit;
}

function server(status: number, body: unknown, session: string | null = SESSION) {
  const calls: Call[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', 'x-gridroom-api': '1' },
    });
  };
  let credential: string | null = CRED;
  const client = authClient({
    baseUrl: 'http://centre.test/',
    fetchImpl,
    credential: () => credential,
    officerSession: () => session,
    timeoutMs: 200,
  });
  return { client, calls, setCredential: (c: string | null) => (credential = c) };
}

const headersOf = (call: Call | undefined) => (call?.init.headers ?? {}) as Record<string, string>;

describe('authClient requests', () => {
  it('signs in with the device credential only and parses the reply', async () => {
    const reply = {
      officer,
      session: SESSION,
      sessionId: '00000000-0000-4000-8000-00000000000e',
      expiresAt: 1_000,
      handoverFrom: null,
    };
    const { client, calls } = server(200, reply);
    await expect(client.signIn({ badgeNo: '350001', pin: '135790' })).resolves.toEqual(reply);
    expect(calls[0]!.url).toBe('http://centre.test/api/v1/auth/signin');
    expect(calls[0]!.init.method).toBe('POST');
    expect(headersOf(calls[0]).authorization).toBe(`Bearer ${CRED}`);
    expect(headersOf(calls[0])['x-gridroom-officer']).toBeUndefined();
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ badgeNo: '350001', pin: '135790' });
  });

  it('sends the officer session on the chief routes, to the right paths', async () => {
    const { client, calls } = server(200, { ok: true });
    await client.revokeDevice('dev/1');
    await client.resetPin(OFFICER_ID, '246813');
    await client.revokeEnrolmentCode(OFFICER_ID);
    await client.signOut();
    expect(calls.map((c) => c.url.replace('http://centre.test/api/v1', ''))).toEqual([
      '/devices/dev%2F1/revoke',
      `/officers/${OFFICER_ID}/pin-reset`,
      `/enrolment-codes/${OFFICER_ID}/revoke`,
      '/auth/signout',
    ]);
    for (const call of calls) {
      expect(headersOf(call)['x-gridroom-officer']).toBe(SESSION);
      expect(headersOf(call).authorization).toBe(`Bearer ${CRED}`);
    }
  });

  it('reads the credential per call, so a rotated credential is used at once', async () => {
    const { client, calls, setCredential } = server(200, {
      credential: 'n'.repeat(40),
      previousValidUntil: 5,
    });
    await client.rotateCredential();
    setCredential('n'.repeat(40));
    await client.rotateCredential();
    expect(headersOf(calls[0]).authorization).toBe(`Bearer ${CRED}`);
    expect(headersOf(calls[1]).authorization).toBe(`Bearer ${'n'.repeat(40)}`);
    // Rotation is the device's own business: no officer needed.
    expect(headersOf(calls[0])['x-gridroom-officer']).toBeUndefined();
  });

  it('validates and defaults a new enrolment code before sending it', async () => {
    const created = {
      code: 'K7QX-M2PA-9FZD',
      enrolmentCode: {
        id: OFFICER_ID,
        kind: 'workstation',
        label: '',
        maxUses: 1,
        uses: 0,
        createdAt: 1,
        expiresAt: 2,
        revoked: false,
        createdBy: OFFICER_ID,
      },
    };
    const { client, calls } = server(200, created);
    await expect(
      client.createEnrolmentCode({ kind: 'workstation', maxUses: 1, expiresInHours: 24 }),
    ).resolves.toEqual(created);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      kind: 'workstation',
      maxUses: 1,
      expiresInHours: 24,
      label: '',
    });
    await expect(
      client.createEnrolmentCode({ kind: 'workstation', maxUses: 0, expiresInHours: 24 }),
    ).rejects.toThrow();
    expect(calls).toHaveLength(1);
  });

  it('puts only the given audit filters in the query string', async () => {
    expect(auditQueryString({ officerId: OFFICER_ID, from: 10, limit: 50 })).toBe(
      `officerId=${OFFICER_ID}&from=10&limit=50`,
    );
    expect(auditQueryString({})).toBe('limit=100');
    const { client, calls } = server(200, { entries: [], next: null });
    await expect(client.audit({ entity: 'incidents', before: 7 })).resolves.toEqual({
      entries: [],
      next: null,
    });
    expect(calls[0]!.url).toBe('http://centre.test/api/v1/audit?entity=incidents&before=7&limit=100');
  });
});

describe('authClient errors', () => {
  it('a wrong PIN is a SignInRefusedError with the tries left', async () => {
    const { client } = server(401, {
      error: 'unauthorised',
      message: 'PIN 错误',
      refusal: 'wrong-pin',
      triesLeft: 3,
    });
    const error = await client.signIn({ badgeNo: '350001', pin: '000001' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRefusedError);
    expect(error).toMatchObject({ refusal: 'wrong-pin', triesLeft: 3, lockedUntil: undefined });
  });

  it('a locked badge carries when the lock-out ends', async () => {
    const { client } = server(401, {
      error: 'unauthorised',
      message: '已锁定',
      refusal: 'locked',
      lockedUntil: 99_000,
    });
    await expect(client.signIn({ badgeNo: '350001', pin: '000001' })).rejects.toMatchObject({
      refusal: 'locked',
      lockedUntil: 99_000,
    });
  });

  it('a 401 without a sign-in refusal is the device credential: UnauthorisedError', async () => {
    const { client } = server(401, { error: 'unauthorised', message: '设备凭据无效' });
    await expect(client.signIn({ badgeNo: '350001', pin: '135790' })).rejects.toBeInstanceOf(
      UnauthorisedError,
    );
    await expect(client.devices()).rejects.toBeInstanceOf(UnauthorisedError);
  });

  it('403 (not the chief) is ForbiddenError', async () => {
    const { client } = server(403, { error: 'forbidden', message: '仅所长可用' });
    await expect(client.devices()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('a network failure is a NetworkError, never a 401', async () => {
    const client = authClient({
      baseUrl: 'http://centre.test',
      fetchImpl: async () => {
        throw new TypeError('fetch failed');
      },
      credential: () => CRED,
      officerSession: () => SESSION,
    });
    const error = await client.devices().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(UnauthorisedError);
  });

  it('a reply that hangs times out as a NetworkError', async () => {
    const client = authClient({
      baseUrl: 'http://centre.test',
      fetchImpl: (_url, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        ),
      credential: () => CRED,
      timeoutMs: 30,
    });
    await expect(client.rotateCredential()).rejects.toMatchObject({ kind: 'network', timedOut: true });
  });

  it('a malformed reply is an InvalidReplyError naming the field', async () => {
    const { client } = server(200, { devices: [{ id: 'not-a-uuid' }] });
    await expect(client.devices()).rejects.toThrow(InvalidReplyError);
    await expect(client.devices()).rejects.toThrow(/devices\.0\.id/);
  });

  it('an officer route with nobody signed in is refused before anything is sent', async () => {
    const { client, calls } = server(200, { ok: true }, null);
    await expect(client.devices()).rejects.toBeInstanceOf(OfficerSessionRequiredError);
    await expect(client.audit()).rejects.toBeInstanceOf(OfficerSessionRequiredError);
    expect(calls).toHaveLength(0);
  });
});
