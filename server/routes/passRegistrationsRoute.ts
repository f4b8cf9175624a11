/**
 * POST /api/v1/pass-registrations: the city registration system posts a batch of residents'
 * pass registrations (common/sync/intakeProtocol.ts, docs/architecture.md §9).
 *
 * Authenticated by the city system's own credential in an onRequest hook, before the body is
 * read (http/requireIntakeClient.ts); the body is at most INTAKE_BODY_LIMIT bytes. The body is
 * checked row by row here rather than by Fastify's validator, so that a refusal names every
 * bad row with its index (the route's schema still documents the body in the OpenAPI
 * document). Then intake/applyIntake stores the batch in one transaction, or refuses it whole.
 * A refused batch is audited (indexes and reasons only) after its transaction rolled back.
 */
import {
  INTAKE_BODY_LIMIT,
  INTAKE_ROUTE,
  intakeRefusalReplySchema,
  intakeReplySchema,
  intakeRequestSchema,
  type IntakeRefusalReply,
  type IntakeRowRefusal,
} from '#common/sync/intakeProtocol';
import { writeAudit } from '../audit/writeAudit';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { intakeAuthentication, intakeClientOf } from '../http/requireIntakeClient';
import type { IntakeClient } from '../intake/intakeCredentials';
import { applyIntake } from '../intake/applyIntake';
import { parseIntakeBatch } from '../intake/parseIntakeBatch';

/** At most this many refused rows are named in the audit trail (the reply names them all). */
const AUDITED_REFUSALS = 100;

function refusalReply(refusals: readonly IntakeRowRefusal[]): IntakeRefusalReply {
  const first = refusals[0];
  return {
    error: 'invalid-batch',
    message: `登记批次已整批拒收，${refusals.length} 行有误 / Batch refused whole: ${refusals.length} row(s) refused, nothing stored${
      first ? ` (first: row ${first.index}, ${first.reason}: ${first.message})` : ''
    }`,
    ...(first ? { index: first.index } : {}),
    rows: [...refusals],
  };
}

async function auditRefusal(
  ctx: AppContext,
  client: IntakeClient,
  rows: number,
  refusals: readonly IntakeRowRefusal[],
) {
  await writeAudit(ctx.db, {
    stationId: client.stationId,
    deviceId: null,
    at: ctx.now(),
    action: 'intake-refused',
    entity: 'passRegistrations',
    detail: {
      credentialId: client.credentialId,
      label: client.label,
      rows,
      refused: refusals.length,
      refusals: refusals.slice(0, AUDITED_REFUSALS).map((r) => ({ index: r.index, reason: r.reason })),
    },
  });
}

export function registerPassRegistrationsRoute(app: ZodApp, ctx: AppContext): void {
  app.decorateRequest('intakeClient', null);
  app.post(
    INTAKE_ROUTE,
    {
      bodyLimit: INTAKE_BODY_LIMIT,
      config: { cityIntake: true },
      onRequest: intakeAuthentication(ctx.db, ctx.now),
      // Checked row by row in the handler (every bad row named); the schema documents the body.
      validatorCompiler: () => (data) => ({ value: data }),
      schema: {
        summary: 'City registration system: post a batch of pass registrations (≤ 1,000 rows)',
        description:
          'Authenticated with a city-system credential (`Bearer <id>.<secret>`) the station chief creates at /api/v1/intake-credentials. Rows whose externalRef the station holds are answered `replayed`; a batch with any malformed row, another station’s address, an envelope that does not open or a repeated ref/id is refused whole (400 with every refused row).',
        security: [{ cityIntake: [] }],
        body: intakeRequestSchema,
        response: {
          ...errorResponses(401, 413),
          200: intakeReplySchema,
          // a refused batch names its rows; a body that is no batch at all has none
          400: intakeRefusalReplySchema.partial({ rows: true }),
        },
      },
    },
    async (request, reply) => {
      const client = intakeClientOf(request);
      const parsed = parseIntakeBatch(request.body as unknown);
      if (parsed.kind === 'not-a-batch') throw new ApiError(parsed.status, 'invalid-request', parsed.message);
      const outcome = await applyIntake(ctx.db, {
        stationId: client.stationId,
        credentialId: client.credentialId,
        label: client.label,
        rows: parsed.rows,
        refusals: parsed.refusals,
        total: parsed.total,
        now: ctx.now(),
      });
      if (outcome.kind === 'refused') {
        await auditRefusal(ctx, client, parsed.total, outcome.refusals);
        return reply.code(400).send(refusalReply(outcome.refusals));
      }
      return outcome.reply;
    },
  );
}
