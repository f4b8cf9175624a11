/**
 * A thin test client over `app.inject`: every request with the API version header, JSON in,
 * status + parsed JSON out, and mutation builders that number seqs per client. Enrolled with a
 * TestStation, a client also signs an officer in (the chief, officer 0, unless told otherwise)
 * and its mutations are made by that officer, as the centre requires.
 */
import type { FastifyInstance } from 'fastify';
import { API_VERSION, API_VERSION_HEADER, type EnrolReply, type PullReply } from '#common/sync/protocol';
import type { Mutation } from '#common/sync/mutation';
import type { EntityName } from '#common/schemas/entities';
import { OFFICER_SESSION_HEADER, type SignInReply } from '#common/auth/protocol';
import { DEMO_PIN } from '#common/demo/demoPin';
import type { TestStation } from './fixtures';

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export async function call<T = unknown>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  options: { credential?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const res = await app.inject({
    method,
    url,
    headers: {
      [API_VERSION_HEADER]: String(API_VERSION),
      ...(options.credential ? { authorization: `Bearer ${options.credential}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
  });
  return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as T) : (undefined as T) };
}

export async function enrol(app: FastifyInstance, code: string, workstation = 'ws'): Promise<EnrolReply> {
  const r = await call<EnrolReply>(app, 'POST', '/api/v1/enrol', {
    body: { enrolmentCode: code, workstation },
  });
  if (r.status !== 200) throw new Error(`enrol failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export const pull = (app: FastifyInstance, credential: string, after = 0, limit?: number) =>
  call<PullReply>(app, 'GET', `/api/v1/pull?after=${after}${limit ? `&limit=${limit}` : ''}`, { credential });

export const push = (app: FastifyInstance, credential: string, clientId: string, mutations: Mutation[]) =>
  call(app, 'POST', '/api/v1/push', { credential, body: { clientId, mutations } });

export async function signIn(
  app: FastifyInstance,
  credential: string,
  badgeNo: string,
  pin = DEMO_PIN,
): Promise<Reply<SignInReply>> {
  return call<SignInReply>(app, 'POST', '/api/v1/auth/signin', { credential, body: { badgeNo, pin } });
}

/** A device with its own seq counter and, when signed in, its officer. */
export class TestClient {
  private nextSeq = 1;
  session: SignInReply | null = null;
  constructor(
    readonly app: FastifyInstance,
    readonly enrolment: EnrolReply,
  ) {}

  /** The signed-in officer's id ('officer-1' when nobody signed in: the centre refuses it). */
  get officerId(): string {
    return this.session?.officer.id ?? 'officer-1';
  }

  async signIn(badgeNo: string, pin = DEMO_PIN): Promise<Reply<SignInReply>> {
    const r = await signIn(this.app, this.credential, badgeNo, pin);
    if (r.status === 200) this.session = r.body;
    return r;
  }

  /** A request as this device with the signed-in officer's session header. */
  asOfficer<T = unknown>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<Reply<T>> {
    return call<T>(this.app, method, url, {
      credential: this.credential,
      ...(body !== undefined ? { body } : {}),
      headers: this.session ? { [OFFICER_SESSION_HEADER]: this.session.session } : {},
    });
  }

  get id(): string {
    return this.enrolment.deviceId;
  }
  get credential(): string {
    return this.enrolment.credential;
  }

  mutation(
    entity: EntityName,
    id: string,
    patch: Record<string, unknown>,
    baseVersion: number,
    madeBy = this.officerId,
    madeAt = 1,
  ): Mutation {
    return { clientId: this.id, seq: this.nextSeq++, entity, id, patch, baseVersion, madeBy, madeAt };
  }

  push(mutations: Mutation[]) {
    return push(this.app, this.credential, this.id, mutations);
  }

  pull(after = 0, limit?: number) {
    return pull(this.app, this.credential, after, limit);
  }

  /** Enrols with a code; with a TestStation, also signs in its officer `officerIndex` (0: the chief). */
  static async enrol(
    app: FastifyInstance,
    station: TestStation | string,
    workstation = 'ws',
    officerIndex: number | null = 0,
  ): Promise<TestClient> {
    const code = typeof station === 'string' ? station : station.code;
    const client = new TestClient(app, await enrol(app, code, workstation));
    if (typeof station !== 'string' && officerIndex !== null) {
      const officer = station.dataset.officers[officerIndex];
      if (!officer) throw new Error(`fixture has no officer ${officerIndex}`);
      const r = await client.signIn(officer.badgeNo);
      if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${JSON.stringify(r.body)}`);
    }
    return client;
  }
}
