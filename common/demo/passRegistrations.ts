/**
 * The demo's electronic-pass registrations 电子通行证登记 (docs/architecture.md §9): what the
 * city's registration system sent over the last ten days, and how the station reviewed it.
 *
 * - Most registrations claim a real standard address exactly as the household holds it and
 *   carry its household and grid. A household registers at most about as many people as it
 *   has registered residents (a head 户主, family members, or tenants 租户 in a rented flat);
 *   about one household in twenty registers more — the over-size evidence the review shows.
 * - Some claim addresses the base does not hold: well-formed but unknown (`address-unknown`:
 *   a building or door number that does not exist) or malformed (`address-malformed`: no door
 *   number, a Chinese numeral for the building). Their household and grid are null.
 * - Some are sent twice (`duplicate`, the same person and address again); a few carry an ID
 *   failing its check digit (`id-check-digit`).
 * - Health codes are mostly green; yellow and red are more frequent in sealed and controlled
 *   grids, where the code-zone rule (common/domain/passRules.ts) keeps them out of approval:
 *   pending, or rejected for the colour — and a few approved passes whose code turned later
 *   (read after the approval), the fusion's code-zone finding.
 * - Status: the last day's registrations are largely pending (a few hundred at station size),
 *   older ones approved by a duty officer with a 7-day window (some already expired), some
 *   rejected with a reason from the list, a few revoked.
 *
 * About one person in a hundred also registers at a second address (the same ID at two
 * addresses, for the centre's matching). People are synthetic (personNames, residentIds): a row keeps the masked name and the ID's
 * irreversible mask exactly as findings do, never the number; the raw number goes only into
 * `rawIds` (registration id → ID) when the central API's seed passes that map. Phones are
 * 11-digit mobiles. Every row passes `passRegistrationSchema`; same rng + inputs ⇒ same rows.
 */
import { DEFAULT_PASS_DAYS, greenOnlyLevels } from '../domain/passRules';
import { maskPersonName, maskResidentId, residentIdCheckChar } from '../domain/residentId';
import { householdKey } from '../domain/addressKey';
import { dayOf, DAY_MS, HOUR_MS, startOfDay, STATION_UTC_OFFSET_MS } from '../domain/time';
import type {
  ClaimedAddress,
  ControlLevel,
  HealthCodeColour,
  Household,
  HouseholdRole,
  IntakeFlag,
  Officer,
  PassReason,
  PassRegistration,
  PassStatus,
} from '../schemas';
import { personName } from './personNames';
import type { Rng } from './prng';
import { residentId } from './residentIds';
import { clampToNow, type RowContext } from './synced';

/** Registrations arrive over this many days before `now`. */
export const PASS_WINDOW_DAYS = 10;

interface Person {
  rawId: string;
  name: string;
  phone: string;
}

export interface PassRegistrationInput {
  households: readonly Household[];
  /** The current control level of each grid, by grid id (absent: normal). */
  levelOf: ReadonlyMap<string, ControlLevel>;
  officers: readonly Officer[];
  localAdcode: string;
  /** How many registrations to make (the dataset's nominal size). */
  count: number;
  /** Only the central API's seed passes this: registration id → raw ID number. */
  rawIds?: Map<string, string>;
}

const MOBILE_PREFIXES = ['13', '15', '17', '18', '19'] as const;
const MINUTE_MS = 60_000;
/** Relative frequency of registrations by local hour 0–23: waking hours, evening peak. */
const SUBMIT_HOURS: readonly (readonly [number, number])[] = [
  1, 1, 0.5, 0.5, 0.5, 1, 2, 4, 6, 8, 8, 7, 6, 7, 8, 8, 8, 8, 9, 10, 10, 8, 5, 3,
].map((w, h) => [h, w] as const);
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

const COLOURS_NORMAL: readonly (readonly [HealthCodeColour, number])[] = [['green', 96], ['yellow', 3], ['red', 1]];
const COLOURS_STRICT: readonly (readonly [HealthCodeColour, number])[] = [['green', 78], ['yellow', 14], ['red', 8]];

const REJECT_REASONS: readonly (readonly [PassReason, number])[] = [
  ['info-mismatch', 5], ['not-resident', 3], ['household-full', 1], ['other', 1],
];
const REVOKE_REASONS: readonly (readonly [PassReason, number])[] = [['moved-out', 4], ['code-colour', 3], ['other', 1]];

const NOTES: Partial<Record<PassReason, readonly string[]>> = {
  'info-mismatch': ['', '姓名与摸排登记不一致', '手机号无法接通，核实未果'],
  'not-resident': ['', '经网格员核实非该户住户'],
  other: ['重复提交，已合并', '信息不完整，请重新登记', '申请人已撤回'],
  'moved-out': ['', '已搬离本小区'],
};

function mobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 999_999_999)).padStart(9, '0');
}

/** The same 17 digits with a wrong check character: a typo the city system let through. */
function wrongCheckDigit(rng: Rng, id: string): string {
  const right = residentIdCheckChar(id.slice(0, 17));
  const options = '0123456789X'.replace(right, '');
  return id.slice(0, 17) + options.charAt(rng.int(0, options.length - 1));
}

/** The door-number part of a household's address: `金尚路123号` of `金尚路123号 3栋 2单元 501`. */
const doorOf = (h: Household): string => h.address.split(' ')[0] ?? h.address;

/** A well-formed address the base does not hold: a building or door number that does not exist. */
function unknownAddress(rng: Rng, h: Household, known: ReadonlySet<string>): ClaimedAddress | null {
  for (let i = 0; i < 4; i++) {
    let claim: ClaimedAddress;
    if (h.building !== '') {
      const building = String(Number(h.building) + rng.int(30, 60));
      claim = { address: `${doorOf(h)} ${building}栋 ${h.unit}单元 ${h.room}`, building, unit: h.unit, room: h.room };
    } else {
      const address = h.address.replace(/(\d+)号/, (_, n: string) => `${Number(n) + rng.int(300, 900)}号`);
      claim = { address, building: '', unit: '', room: '' };
    }
    if (!known.has(householdKey(claim))) return claim;
  }
  return null;
}

/** An address the base could never hold: no door number, or a Chinese numeral for the building. */
function malformedAddress(rng: Rng, h: Household): ClaimedAddress {
  const road = doorOf(h).replace(/\d+号$/, '');
  if (h.building === '' || rng.chance(0.5))
    return { address: `${road}${rng.pick(['附近', '旁边', ''])} ${h.room || rng.int(1, 30)}`.trim(), building: '', unit: '', room: '' };
  const numeral = CHINESE_NUMERALS[(Number(h.building) - 1) % CHINESE_NUMERALS.length] ?? '一';
  return { address: `${doorOf(h)}${numeral}栋${h.room}`, building: numeral, unit: h.unit, room: h.room };
}

const claimOf = (h: Household): ClaimedAddress => ({ address: h.address, building: h.building, unit: h.unit, room: h.room });

export function generatePassRegistrations(rng: Rng, ctx: RowContext, input: PassRegistrationInput): PassRegistration[] {
  const { households, levelOf, localAdcode, rawIds } = input;
  const rows: PassRegistration[] = [];
  if (households.length === 0 || input.count <= 0) return rows;
  const reviewers = input.officers.filter((o) => o.active && o.role !== 'auxiliary').map((o) => o.id);
  if (reviewers.length === 0) reviewers.push('system');
  const known = new Set(households.map((h) => householdKey(h)));
  const windowStart = ctx.now - PASS_WINDOW_DAYS * DAY_MS;
  const batch = rng.uuid().slice(0, 4).toUpperCase();
  const passMs = DEFAULT_PASS_DAYS * DAY_MS;
  let seq = 0;

  const add = (
    person: Person,
    claim: ClaimedAddress,
    household: Household | null,
    role: HouseholdRole,
    flags: IntakeFlag[],
    submittedAt: number,
  ): PassRegistration => {
    const level = household ? (levelOf.get(household.gridId) ?? 'normal') : 'normal';
    const strict = greenOnlyLevels.has(level);
    const healthCode = rng.weighted(strict ? COLOURS_STRICT : COLOURS_NORMAL);
    const age = ctx.now - submittedAt;
    const forbidden = healthCode !== 'green' && strict;
    const flagged = flags.length > 0 || forbidden;
    // the last day's registrations wait in the queue; older ones were mostly decided
    const pending = rng.chance(age < 20 * HOUR_MS ? 0.45 : flagged ? 0.2 : 0.004);
    let status: PassStatus = 'approved';
    let reason: PassReason | null = null;
    if (pending) status = 'pending';
    else if (flags.includes('address-unknown') || flags.includes('address-malformed')) {
      status = 'rejected';
      reason = 'address-not-found';
    } else if (flags.includes('duplicate')) {
      status = 'rejected';
      reason = 'duplicate';
    } else if (flags.includes('id-check-digit')) {
      status = 'rejected';
      reason = 'info-mismatch';
    } else if (forbidden && (rng.chance(0.8) || age < 2 * DAY_MS)) {
      // approved only long enough ago for the code to have turned since
      status = 'rejected';
      reason = 'code-colour';
    } else if (rng.chance(0.04)) {
      status = 'rejected';
      reason = rng.weighted(REJECT_REASONS);
    } else if (rng.chance(0.012)) {
      status = 'revoked';
      reason = rng.weighted(REVOKE_REASONS);
    }
    const decided = status !== 'pending';
    const reviewedAt = decided ? clampToNow(ctx, submittedAt + rng.int(10, 8 * 60) * MINUTE_MS) : null;
    // an approved pass whose code is forbidden here turned colour after the approval
    const healthCodeAt =
      forbidden && status === 'approved' && reviewedAt !== null
        ? clampToNow(ctx, reviewedAt + rng.int(1, 48) * HOUR_MS)
        : Math.max(0, submittedAt - rng.int(1, 6 * 60) * MINUTE_MS);
    const validFrom = status === 'approved' || status === 'revoked' ? (reviewedAt ?? submittedAt) : submittedAt;
    const revokedAt =
      status === 'revoked' && reviewedAt !== null ? clampToNow(ctx, reviewedAt + rng.int(6, 72) * HOUR_MS) : null;
    const notes = reason ? NOTES[reason] : undefined;
    const id = rng.uuid();
    if (rawIds && !flags.includes('id-check-digit')) rawIds.set(id, person.rawId);
    seq += 1;
    const row: PassRegistration = {
      id,
      stationId: ctx.stationId,
      version: 1,
      updatedAt: clampToNow(ctx, Math.max(submittedAt, revokedAt ?? reviewedAt ?? submittedAt, healthCodeAt)),
      updatedBy: 'system',
      deleted: false,
      source: 'demo',
      externalRef: `DJ${dayText(submittedAt)}${batch}${String(seq).padStart(7, '0')}`,
      maskedName: maskPersonName(person.name),
      idMasked: maskResidentId(person.rawId),
      idEnvelope: null,
      phone: person.phone,
      claimedAddress: claim,
      householdId: household?.id ?? null,
      gridId: household?.gridId ?? null,
      householdRole: role,
      healthCode,
      healthCodeAt,
      submittedAt,
      status,
      reviewedBy: decided ? rng.pick(reviewers) : null,
      reviewedAt: revokedAt ?? reviewedAt,
      reason,
      reasonNote: notes ? rng.pick(notes) : '',
      validFrom,
      validUntil: validFrom + passMs,
      flags,
    };
    rows.push(row);
    return row;
  };

  // about one person in a hundred registers at a second address too (a parent's flat, a
  // rented room): the same ID holding passes at two addresses, which the centre matches
  const people: Person[] = [];
  const newPerson = (floating: boolean): Person => {
    if (people.length > 0 && rng.chance(0.01)) return rng.pick(people);
    const person = { rawId: residentId(rng, localAdcode, floating), name: personName(rng), phone: mobile(rng) };
    if (people.length < 5000) people.push(person);
    return person;
  };
  // submission instants weighted by local hour (as incidents are), drawn without date parsing:
  // 150,000 of them at district size
  const firstDay = startOfDay(dayOf(windowStart));
  const days = Math.ceil((ctx.now - firstDay) / DAY_MS);
  const submitted = (): number => {
    for (let i = 0; i < 20; i++) {
      const t = firstDay + rng.int(0, days - 1) * DAY_MS + rng.weighted(SUBMIT_HOURS) * HOUR_MS + rng.int(0, HOUR_MS - 1);
      if (t >= windowStart && t <= ctx.now) return t;
    }
    return ctx.now - rng.int(0, HOUR_MS);
  };
  // 登记编号 carry the submission day: one YYYYMMDD text per day, not one date format per row
  const dayTexts = new Map<number, string>();
  const dayText = (t: number): string => {
    const key = Math.floor((t + STATION_UTC_OFFSET_MS) / DAY_MS);
    let text = dayTexts.get(key);
    if (text === undefined) dayTexts.set(key, (text = dayOf(t).replace(/-/g, '')));
    return text;
  };

  // households in a random order, each registering some of its people, until the count is met
  const order = rng.shuffle(Array.from({ length: households.length }, (_, i) => i));
  for (let k = 0; rows.length < input.count && k < order.length * 3; k++) {
    const h = households[order[k % order.length] ?? 0];
    if (!h) continue;
    const roll = rng.next();
    if (roll < 0.035) {
      const claim = unknownAddress(rng, h, known);
      if (claim) add(newPerson(rng.chance(0.5)), claim, null, rng.chance(0.6) ? 'tenant' : 'head', ['address-unknown'], submitted());
      continue;
    }
    if (roll < 0.05) {
      add(newPerson(rng.chance(0.5)), malformedAddress(rng, h), null, rng.chance(0.5) ? 'tenant' : 'head', ['address-malformed'], submitted());
      continue;
    }
    const residents = h.registeredResidents;
    const rented = residents === 0 || rng.chance(0.18);
    const oversize = rng.chance(0.05);
    const wanted = residents === 0 ? (rng.chance(0.3) ? 1 : 0) : rng.int(1, residents);
    const n = Math.min(input.count - rows.length, wanted + (oversize ? rng.int(1, 2) : 0));
    const first = submitted();
    for (let i = 0; i < n; i++) {
      const role: HouseholdRole = rented ? 'tenant' : i === 0 ? 'head' : i >= residents ? 'tenant' : 'member';
      const badDigit = rng.chance(0.003);
      const someone = newPerson(rented && rng.chance(0.6));
      const person = badDigit ? { ...someone, rawId: wrongCheckDigit(rng, someone.rawId) } : someone;
      // a household's people register within a day of each other
      const at = clampToNow(ctx, first + rng.int(0, 20 * 60) * MINUTE_MS);
      const row = add(person, claimOf(h), h, role, badDigit ? ['id-check-digit'] : [], at);
      if (rows.length < input.count && rng.chance(0.02)) {
        const again = clampToNow(ctx, row.submittedAt + rng.int(5, 30 * 60) * MINUTE_MS);
        add(person, claimOf(h), h, role, [...row.flags, 'duplicate'], again);
      }
    }
  }
  return rows;
}
