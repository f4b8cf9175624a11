/**
 * A reviewer's decision as the patch it writes (renderer/features/passes/reviewDecision.ts), and
 * the queue's optimistic cursor (queueCursor.ts): what each decision sets, what it refuses, and
 * how the next registration is chosen and counted while a write is in flight.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PASS_DAYS } from '#common/domain/passRules';
import { passRegistrationSchema, type PassRegistration } from '#common/schemas';
import { buildDecision } from '#renderer/features/passes/reviewDecision';
import {
  afterDecision,
  currentRow,
  settledAndGone,
  visibleRows,
  withInFlightApprovals,
  type InFlight,
} from '#renderer/features/passes/queueCursor';
import type { RegistrationEvidence } from '#renderer/features/passes/evidenceQuery';
import { passCreatePatch } from '#test/e2e/support/passRows';

const NOW = Date.UTC(2022, 9, 1, 2, 0);
const ctx = { officerId: 'officer-1', now: NOW, blocked: false };

function reg(
  id: string,
  householdId: string | null = 'h1',
  over: Partial<PassRegistration> = {},
): PassRegistration {
  return passRegistrationSchema.parse({
    ...passCreatePatch({
      household: householdId
        ? {
            id: '00000000-0000-4000-8000-00000000000' + id.slice(-1),
            gridId: '00000000-0000-4000-8000-0000000000aa',
            address: '禾山路1号',
          }
        : null,
      submittedAt: NOW - 3_600_000,
    }),
    id: '10000000-0000-4000-8000-00000000000' + id.slice(-1),
    stationId: '20000000-0000-4000-8000-000000000000',
    version: 1,
    updatedAt: NOW,
    updatedBy: 'system',
    ...over,
  });
}

describe('buildDecision', () => {
  it('approves a pending registration for DEFAULT_PASS_DAYS from now, naming the reviewer', () => {
    const r = buildDecision(reg('1'), { kind: 'approve' }, ctx);
    expect(r).toEqual({
      ok: true,
      status: 'approved',
      patch: {
        status: 'approved',
        reviewedBy: 'officer-1',
        reviewedAt: NOW,
        reason: null,
        reasonNote: '',
        validFrom: NOW,
        validUntil: NOW + DEFAULT_PASS_DAYS * 86_400_000,
      },
    });
    // The patched row still passes its schema.
    if (r.ok) expect(passRegistrationSchema.safeParse({ ...reg('1'), ...r.patch }).success).toBe(true);
  });
  it('refuses approval when the code-zone rule blocks it, or the registration is not pending', () => {
    expect(buildDecision(reg('1'), { kind: 'approve' }, { ...ctx, blocked: true })).toEqual({
      ok: false,
      problem: 'code-zone',
    });
    expect(buildDecision(reg('1', 'h1', { status: 'rejected' }), { kind: 'approve' }, ctx)).toEqual({
      ok: false,
      problem: 'not-pending',
    });
    expect(buildDecision(reg('1'), { kind: 'approve', days: 0 }, ctx)).toEqual({
      ok: false,
      problem: 'days',
    });
  });
  it('rejects with a reason and a trimmed note; 其他 needs a note', () => {
    expect(
      buildDecision(reg('1'), { kind: 'reject', reason: 'address-not-found', note: '  查无此址 ' }, ctx),
    ).toEqual({
      ok: true,
      status: 'rejected',
      patch: {
        status: 'rejected',
        reviewedBy: 'officer-1',
        reviewedAt: NOW,
        reason: 'address-not-found',
        reasonNote: '查无此址',
      },
    });
    expect(buildDecision(reg('1'), { kind: 'reject', reason: 'other', note: ' ' }, ctx)).toEqual({
      ok: false,
      problem: 'note-required',
    });
    expect(buildDecision(reg('1'), { kind: 'reject', reason: 'other', note: 'x'.repeat(201) }, ctx)).toEqual({
      ok: false,
      problem: 'note-too-long',
    });
  });
  it('revokes only an approved pass', () => {
    expect(buildDecision(reg('1'), { kind: 'revoke', reason: 'moved-out', note: '' }, ctx)).toEqual({
      ok: false,
      problem: 'not-approved',
    });
    const r = buildDecision(
      reg('1', 'h1', { status: 'approved' }),
      { kind: 'revoke', reason: 'moved-out', note: '' },
      ctx,
    );
    expect(r).toMatchObject({
      ok: true,
      status: 'revoked',
      patch: { status: 'revoked', reason: 'moved-out' },
    });
  });
});

describe('the queue cursor', () => {
  const rows = [reg('1'), reg('2'), reg('3'), reg('4')];
  const ids = rows.map((r) => r.id);
  const flight = (entries: [number, Partial<InFlight>][]) =>
    new Map(
      entries.map(([i, f]) => [
        ids[i]!,
        { approve: true, householdId: rows[i]!.householdId, settled: false, ...f },
      ]),
    );

  it('hides decisions in flight and moves to the next row, or the previous at the end', () => {
    const inFlight = flight([[1, {}]]);
    const visible = visibleRows(rows, inFlight);
    expect(visible.map((r) => r.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(afterDecision(visible, rows[2]!)?.id).toBe(ids[3]);
    expect(afterDecision(visible, rows[3]!)?.id).toBe(ids[2]);
    expect(afterDecision([rows[0]!], rows[0]!)).toBeNull();
    expect(afterDecision(visible, rows[0]!, -1)).toBeNull();
  });
  it('keeps the cursor on its row, else on the row now at its place', () => {
    expect(currentRow(rows, ids[2]!, 0)?.id).toBe(ids[2]);
    expect(currentRow(rows, 'gone', 1)?.id).toBe(ids[1]);
    expect(currentRow(rows, 'gone', 9)?.id).toBe(ids[3]);
    expect(currentRow([], null, 0)).toBeNull();
  });
  it('forgets an in-flight entry only when its write is in and the window let the row go', () => {
    const inFlight = flight([
      [0, { settled: true }],
      [1, { settled: false }],
    ]);
    expect(settledAndGone(rows, inFlight)).toEqual([]);
    expect(settledAndGone(rows.slice(2), inFlight)).toEqual([ids[0]]);
  });
  it('counts approvals in flight at their household while the window still shows them pending', () => {
    const [a, b] = [reg('1'), reg('2')];
    const shared = { ...b, householdId: a.householdId };
    const evidence: RegistrationEvidence = {
      address: { kind: 'matched', householdId: a.householdId!, gridId: 'g' },
      lastVisit: null,
      household: { approved: 1, size: 2, wouldExceed: false },
      idPasses: { kind: 'unchecked' },
      codeZone: { colour: 'green', level: 'normal', allowed: true },
      flags: [],
      grid: null,
    };
    const inFlight = new Map([[a.id, { approve: true, householdId: a.householdId, settled: false }]]);
    expect(withInFlightApprovals(evidence, [a, shared], inFlight)?.household).toEqual({
      approved: 2,
      size: 2,
      wouldExceed: true,
    });
    // Once the window no longer holds it, the live count already includes it.
    expect(withInFlightApprovals(evidence, [shared], inFlight)).toBe(evidence);
  });
});
