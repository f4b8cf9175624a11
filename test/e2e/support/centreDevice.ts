/**
 * A second device of the station talking to the real central API over HTTP, as the city's
 * registration system or another workstation would: it enrols with the station's code, signs
 * an officer in, pushes mutations (seqs numbered here) and pulls. For specs that need rows the
 * demo data lacks, created at the centre and synced to the workstation like any other change.
 */
import { DEMO_PIN } from '#common/demo/demoPin';
import type { EntityName } from '#common/schemas/entities';
import type { Mutation } from '#common/sync/mutation';
import {
  API_VERSION,
  API_VERSION_HEADER,
  enrolReplySchema,
  pullReplySchema,
  pushReplySchema,
  type PullReply,
  type PushReply,
} from '#common/sync/protocol';

export class CentreDevice {
  private nextSeq = 1;
  private constructor(
    readonly apiUrl: string,
    readonly deviceId: string,
    private readonly credential: string,
    readonly officerId: string,
  ) {}

  private static async call(apiUrl: string, path: string, credential: string | null, body?: unknown) {
    const res = await fetch(`${apiUrl.replace(/\/$/, '')}/api/v1${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        [API_VERSION_HEADER]: String(API_VERSION),
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${text}`);
    return JSON.parse(text) as unknown;
  }

  /** Enrols with `code` and signs in the officer with `badgeNo` (demo PIN). */
  static async open(apiUrl: string, code: string, badgeNo: string): Promise<CentreDevice> {
    const enrolled = enrolReplySchema.parse(
      await CentreDevice.call(apiUrl, '/enrol', null, {
        enrolmentCode: code,
        workstation: 'e2e-city-system',
      }),
    );
    const signedIn = (await CentreDevice.call(apiUrl, '/auth/signin', enrolled.credential, {
      badgeNo,
      pin: DEMO_PIN,
    })) as { officer: { id: string } };
    return new CentreDevice(apiUrl, enrolled.deviceId, enrolled.credential, signedIn.officer.id);
  }

  mutation(entity: EntityName, id: string, patch: Record<string, unknown>, baseVersion: number): Mutation {
    return {
      clientId: this.deviceId,
      seq: this.nextSeq++,
      entity,
      id,
      patch,
      baseVersion,
      madeBy: this.officerId,
      madeAt: Date.now(),
    };
  }

  async push(mutations: Mutation[]): Promise<PushReply> {
    return pushReplySchema.parse(
      await CentreDevice.call(this.apiUrl, '/push', this.credential, { clientId: this.deviceId, mutations }),
    );
  }

  async pull(after: number): Promise<PullReply> {
    return pullReplySchema.parse(
      await CentreDevice.call(this.apiUrl, `/pull?after=${after}&limit=5000`, this.credential),
    );
  }
}
