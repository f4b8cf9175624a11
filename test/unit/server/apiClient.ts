/**
 * A thin test client over `app.inject`: every request with the API version header, JSON in,
 * status + parsed JSON out, and mutation builders that number seqs per client.
 */
import type { FastifyInstance } from 'fastify';
import { API_VERSION, API_VERSION_HEADER, type EnrolReply, type PullReply } from '../../../common/sync/protocol';
import type { Mutation } from '../../../common/sync/mutation';
import type { EntityName } from '../../../common/schemas/entities';

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
  const r = await call<EnrolReply>(app, 'POST', '/api/v1/enrol', { body: { enrolmentCode: code, workstation } });
  if (r.status !== 200) throw new Error(`enrol failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

export const pull = (app: FastifyInstance, credential: string, after = 0, limit?: number) =>
  call<PullReply>(app, 'GET', `/api/v1/pull?after=${after}${limit ? `&limit=${limit}` : ''}`, { credential });

export const push = (app: FastifyInstance, credential: string, clientId: string, mutations: Mutation[]) =>
  call(app, 'POST', '/api/v1/push', { credential, body: { clientId, mutations } });

/** A device with its own seq counter. */
export class TestClient {
  private nextSeq = 1;
  constructor(
    readonly app: FastifyInstance,
    readonly enrolment: EnrolReply,
  ) {}

  get id(): string {
    return this.enrolment.deviceId;
  }
  get credential(): string {
    return this.enrolment.credential;
  }

  mutation(entity: EntityName, id: string, patch: Record<string, unknown>, baseVersion: number, madeBy = 'officer-1'): Mutation {
    return { clientId: this.id, seq: this.nextSeq++, entity, id, patch, baseVersion, madeBy, madeAt: 1 };
  }

  push(mutations: Mutation[]) {
    return push(this.app, this.credential, this.id, mutations);
  }

  pull(after = 0, limit?: number) {
    return pull(this.app, this.credential, after, limit);
  }

  static async enrol(app: FastifyInstance, code: string, workstation = 'ws'): Promise<TestClient> {
    return new TestClient(app, await enrol(app, code, workstation));
  }
}
