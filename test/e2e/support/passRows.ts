/**
 * Pass registrations for tests and the bench, as the city's registration system would send
 * them: a create patch (every field but the server's) for a pending registration at a given
 * household (or at an address the base does not hold), with the colour, flags, time and
 * centre-set match wanted. Pure: no test framework, so server suites, e2e specs and the bench
 * share it.
 */
import { randomUUID } from 'node:crypto';
import { DEFAULT_PASS_DAYS } from '#common/domain/passRules';
import type { HealthCodeColour, IntakeFlag, PassRegistration } from '#common/schemas';

export interface PassRowOptions {
  /** The household claimed (its id and grid), or null for an address the base does not hold. */
  household: { id: string; gridId: string; address: string } | null;
  colour?: HealthCodeColour;
  flags?: IntakeFlag[];
  submittedAt: number;
  /** Name as shown (already masked), e.g. 张*明. */
  maskedName?: string;
  /** Last four of the ID (digits), so each row's mask differs. */
  idTail?: string;
  status?: PassRegistration['status'];
}

export type PassCreatePatch = Omit<
  PassRegistration,
  'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy'
>;

export function passCreatePatch(o: PassRowOptions): PassCreatePatch {
  const tail = (o.idTail ?? String(Math.floor(Math.random() * 10_000))).padStart(4, '0').slice(-4);
  return {
    deleted: false,
    source: 'city-system',
    externalRef: `CITY-${randomUUID()}`,
    maskedName: o.maskedName ?? '陈*东',
    idMasked: `3502**********${tail}`,
    idEnvelope: null,
    phone: `138${tail}${tail}`,
    claimedAddress: {
      address: o.household?.address ?? '禾山路无此号 999号',
      building: '',
      unit: '',
      room: '',
    },
    householdId: o.household?.id ?? null,
    gridId: o.household?.gridId ?? null,
    householdRole: 'member',
    healthCode: o.colour ?? 'green',
    healthCodeAt: o.submittedAt,
    submittedAt: o.submittedAt,
    status: o.status ?? 'pending',
    reviewedBy: null,
    reviewedAt: null,
    reason: null,
    reasonNote: '',
    validFrom: o.submittedAt,
    validUntil: o.submittedAt + DEFAULT_PASS_DAYS * 86_400_000,
    flags: o.flags ?? (o.household ? [] : ['address-unknown']),
  };
}
