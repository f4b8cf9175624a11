/**
 * Checks the rows of an electronic-pass registration file 通行证登记 (the city registration
 * system's export, CSV or XLSX) and turns each good row into a pending registration for the
 * review queue. Three outcomes per row:
 *
 * - **refused** (a RowIssue with its line, column and reason; the whole file is then not
 *   imported): a required cell empty, a name that is not a name (a formula-looking cell
 *   included), an ID number not shaped like one — or stored by Excel as a number, which has
 *   already lost its last digits —, a phone that is not an 11-digit mobile, an unknown
 *   household role or health-code word, a time cell that is not a date, a formula-looking
 *   address, the same 登记编号 twice in the file, or a 登记编号 the cache already holds (a replay);
 * - **flagged** (imported pending, with `flags`, never dropped): an address the standard base
 *   does not hold (`address-unknown`) or cannot be one (`address-malformed`: no door number 号,
 *   or a building/unit/room that is not a plain number), an ID failing its check digit
 *   (`id-check-digit`) or with an impossible birth date, an impossible or implausible time
 *   (`date-impossible`: no such day, in the future, before 2020), the same ID earlier in the
 *   file or the same person already pending or approved at that address (`duplicate`);
 * - **good**: matched to its household by the standard-address key (common/domain/addressKey.ts,
 *   the cache's own key), imported pending.
 *
 * What leaves this module: the masked name and the ID's irreversible mask in the row, and —
 * apart from the row, for sealing to the centre's key only — the normalised ID when it is a
 * valid one (the centre could not open anything else). Issue texts and facts never hold a
 * name, an ID number or a phone. Every candidate passes `passRegistrationSchema`.
 */
import { householdKey } from '../../domain/addressKey';
import { DEFAULT_PASS_DAYS } from '../../domain/passRules';
import {
  checkResidentId,
  maskPersonName,
  maskResidentId,
  residentIdCheckChar,
} from '../../domain/residentId';
import {
  passRegistrationSchema,
  PHONE_PATTERN,
  type ClaimedAddress,
  type HealthCodeColour,
  type HouseholdRole,
  type IntakeFlag,
  type PassRegistration,
} from '../../schemas/pass';
import { readText, rowCells, textOf, type CellRef } from '../tables/cellReaders';
import { rowIssue, type RowIssue } from '../tables/rowIssues';
import type { ColumnMapping, FieldSpec, TableShape } from '../tables/tableShape';
import { readRegistrationTime } from './registrationTime';

export const passRegistrationFields = [
  { key: 'name', required: true, synonyms: ['name', '姓名', '申请人', '申请人姓名', '登记人'] },
  {
    key: 'idNumber',
    required: true,
    synonyms: ['idnumber', 'idno', '身份证号', '身份证号码', '身份证', '证件号码', '公民身份号码'],
  },
  { key: 'phone', required: true, synonyms: ['phone', 'mobile', '手机号', '手机号码', '手机', '联系电话'] },
  { key: 'address', required: true, synonyms: ['address', '地址', '标准地址', '居住地址', '住址', '详细地址'] },
  { key: 'building', required: false, synonyms: ['building', '楼栋', '栋', '幢', '楼号'] },
  { key: 'unit', required: false, synonyms: ['unit', '单元', '单元号'] },
  { key: 'room', required: false, synonyms: ['room', '房号', '室', '户室号'] },
  { key: 'role', required: true, synonyms: ['role', '户内身份', '人员身份', '与户主关系', '身份'] },
  { key: 'healthCode', required: true, synonyms: ['healthcode', '健康码', '健康码颜色', '码色'] },
  {
    key: 'healthCodeAt',
    required: false,
    synonyms: ['healthcodeat', '健康码时间', '健康码更新时间', '赋码时间'],
  },
  { key: 'submittedAt', required: true, synonyms: ['submittedat', '提交时间', '登记时间', '申请时间'] },
  {
    key: 'externalRef',
    required: true,
    synonyms: ['externalref', 'ref', '登记编号', '登记号', '申请编号', '业务编号'],
  },
] as const satisfies readonly FieldSpec<string>[];
export type PassRegistrationField = (typeof passRegistrationFields)[number]['key'];

const roleWords: Readonly<Record<string, HouseholdRole>> = {
  户主: 'head',
  本人: 'head',
  户主本人: 'head',
  家庭成员: 'member',
  成员: 'member',
  家属: 'member',
  配偶: 'member',
  子女: 'member',
  父母: 'member',
  租户: 'tenant',
  租客: 'tenant',
  承租人: 'tenant',
  head: 'head',
  member: 'member',
  tenant: 'tenant',
};

const codeWords: Readonly<Record<string, HealthCodeColour>> = {
  绿: 'green',
  绿码: 'green',
  green: 'green',
  黄: 'yellow',
  黄码: 'yellow',
  yellow: 'yellow',
  红: 'red',
  红码: 'red',
  red: 'red',
};

/** A person's name: Han characters, Latin letters, the middle dot of minority names, spaces. */
const NAME = /^[\p{Script=Han}A-Za-z·•．. ]{1,30}$/u;
/** A cell a spreadsheet would run as a formula (after the reader removed a guarding apostrophe). */
const FORMULA = /^[=+\-@\t\r]/;
const REF = /^[A-Za-z0-9][A-Za-z0-9_\-/.]{0,63}$/;
/** The standard base writes door numbers with 号, and buildings, units and rooms as plain numbers. */
const DOOR_NUMBER = /\d+号/;
const PLAIN_PART = /^[0-9A-Za-z-]*$/;
/** Registrations before the pass existed are not real. */
const EARLIEST = Date.UTC(2020, 0, 1) - 8 * 3_600_000;
/** Clocks differ a little; beyond this a time is in the future. */
const FUTURE_SLACK_MS = 10 * 60_000;
const PASS_MS = DEFAULT_PASS_DAYS * 86_400_000;

/** A pending registration as imported, all but the synced fields and the envelope. */
export type PassCandidateFields = Omit<
  PassRegistration,
  'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy' | 'deleted' | 'idEnvelope' | 'passCode' | 'idPasses'
>;

export interface PassCandidate {
  line: number;
  fields: PassCandidateFields;
  /** The normalised, valid ID number, to seal to the centre's key (null: nothing to seal). */
  sealable: string | null;
}

/** What the check compares with: the station's households and the registrations it already has. */
export interface PassRegistrationBasis {
  /** Standard-address key → the live household holding it. */
  households: ReadonlyMap<string, { id: string; gridId: string }>;
  /** 登记编号 of every registration the cache holds. */
  externalRefs: ReadonlySet<string>;
  /** `personKey` of every live pending or approved registration. */
  people: ReadonlySet<string>;
}

/** The same person at the same address, as the cache can tell (masks and the address key only). */
export const personKey = (r: Pick<PassRegistration, 'idMasked' | 'maskedName' | 'claimedAddress'>): string =>
  `${r.idMasked}|${r.maskedName}|${householdKey(r.claimedAddress)}`;

/** A flagged row: its line and why it needs the reviewer's eye. */
export interface FlaggedRow {
  line: number;
  flags: IntakeFlag[];
}

export interface PassRegistrationCheck {
  candidates: PassCandidate[];
  issues: RowIssue[];
  flagged: FlaggedRow[];
}

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function readPhone(ref: CellRef): { ok: true; value: string } | { ok: false; issue: RowIssue } {
  const digits = textOf(ref.value).replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (digits === '') return { ok: false, issue: rowIssue(ref.line, ref.column, 'missing', `${ref.column} is empty`) };
  if (!PHONE_PATTERN.test(digits))
    return {
      ok: false,
      issue: rowIssue(ref.line, ref.column, 'invalid', 'not an 11-digit mobile number', { field: 'phone' }),
    };
  return { ok: true, value: digits };
}

export interface PassRegistrationCheckOptions {
  /** The instant the file is checked as of (kept per file, so a re-check plans the same rows). */
  now: number;
}

/**
 * Checks rows one at a time (a worker checks a large file in chunks), keeping only what a
 * later row is compared with: the first line of each 登记编号 and of each ID number.
 */
export function createPassRegistrationChecker(
  table: Pick<TableShape, 'header'>,
  mapping: ColumnMapping<PassRegistrationField>,
  basis: PassRegistrationBasis,
  options: PassRegistrationCheckOptions,
): { check(row: TableShape['rows'][number]): void; result(): PassRegistrationCheck } {
  const { now } = options;
  const refLines = new Map<string, number>();
  const idsSeen = new Set<string>();
  const candidates: PassCandidate[] = [];
  const issues: RowIssue[] = [];
  const flagged: FlaggedRow[] = [];

  function check(row: TableShape['rows'][number]): void {
    const ref = rowCells(table, mapping, row);
    const found: RowIssue[] = [];
    const flags = new Set<IntakeFlag>();
    const keep = <T>(r: { ok: true; value: T } | { ok: false; issue: RowIssue }, fallback: T): T =>
      r.ok ? r.value : (found.push(r.issue), fallback);
    // `need` picks the wording where the field alone does not (issueText.ts's bySubject)
    const invalid = (field: PassRegistrationField, detail: string, need?: string) =>
      found.push(rowIssue(row.line, ref(field).column, 'invalid', detail, need ? { field, need } : { field }));

    const name = keep(readText(ref('name'), { required: true, max: 30 }), '');
    if (name !== '' && !NAME.test(name)) invalid('name', 'not a person name', 'personName');

    const idCell = ref('idNumber');
    const idText = textOf(idCell.value).replace(/\s/g, '').toUpperCase();
    let idNumber: string | null = null;
    if (idText === '') found.push(rowIssue(row.line, idCell.column, 'missing', `${idCell.column} is empty`));
    else if (typeof idCell.value === 'number') invalid('idNumber', 'ID number stored as a number', 'idNumberText');
    else if (!/^\d{17}[\dX]$/.test(idText)) invalid('idNumber', 'not an 18-character ID number');
    else idNumber = idText;

    const phone = keep(readPhone(ref('phone')), '');
    const parts = {
      address: keep(readText(ref('address'), { required: true, max: 120 }), ''),
      building: keep(readText(ref('building'), { required: false, max: 20 }), ''),
      unit: keep(readText(ref('unit'), { required: false, max: 10 }), ''),
      room: keep(readText(ref('room'), { required: false, max: 10 }), ''),
    };
    for (const field of ['address', 'building', 'unit', 'room'] as const)
      if (FORMULA.test(parts[field])) invalid(field, 'looks like a spreadsheet formula', 'formula');

    const roleText = keep(readText(ref('role'), { required: true, max: 20 }), '');
    const role = roleWords[roleText.toLowerCase()] ?? null;
    // the cell is not echoed: under a wrong mapping it could hold a name
    if (roleText !== '' && role === null) invalid('role', 'not 户主 / 家庭成员 / 租户');
    const codeText = keep(readText(ref('healthCode'), { required: true, max: 20 }), '');
    const healthCode = codeWords[codeText.toLowerCase()] ?? null;
    if (codeText !== '' && healthCode === null) invalid('healthCode', 'not 绿 / 黄 / 红');

    const time = (field: 'submittedAt' | 'healthCodeAt', required: boolean): number | null => {
      const cell = ref(field);
      if (textOf(cell.value) === '') {
        if (required) found.push(rowIssue(row.line, cell.column, 'missing', `${cell.column} is empty`));
        return null;
      }
      const read = readRegistrationTime(
        cell.value instanceof Date || typeof cell.value === 'number' ? cell.value : textOf(cell.value),
      );
      if (read.kind === 'invalid') {
        invalid(field, 'not a date and time');
        return null;
      }
      if (read.kind === 'impossible' || read.ms > now + FUTURE_SLACK_MS || read.ms < EARLIEST) {
        flags.add('date-impossible');
        return read.kind === 'ok' ? read.ms : null;
      }
      return read.ms;
    };
    const submittedRead = time('submittedAt', true);
    const codeRead = time('healthCodeAt', false);

    const externalRef = keep(readText(ref('externalRef'), { required: true, max: 64 }), '');
    if (externalRef !== '' && !REF.test(externalRef)) invalid('externalRef', 'not a registration number');

    if (found.length > 0 || idNumber === null || role === null || healthCode === null)
      return void issues.push(...found);

    const earlier = refLines.get(externalRef);
    if (earlier !== undefined)
      return void issues.push(
        rowIssue(row.line, ref('externalRef').column, 'duplicate', `registration number also on line ${earlier}`, {
          other: earlier,
        }),
      );
    refLines.set(externalRef, row.line);
    if (basis.externalRefs.has(externalRef))
      return void issues.push(
        rowIssue(row.line, ref('externalRef').column, 'replayed', 'registration number already imported'),
      );

    // the ID: its check character and birth date are checked, a failure is flagged
    if (residentIdCheckChar(idNumber.slice(0, 17)) !== idNumber[17]) flags.add('id-check-digit');
    const checked = checkResidentId(idNumber);
    if (!checked.ok && checked.problem === 'birth-date') flags.add('date-impossible');

    const claimedAddress: ClaimedAddress = parts;
    const household = basis.households.get(householdKey(claimedAddress)) ?? null;
    if (household === null)
      flags.add(
        DOOR_NUMBER.test(parts.address) && [parts.building, parts.unit, parts.room].every((p) => PLAIN_PART.test(p))
          ? 'address-unknown'
          : 'address-malformed',
      );

    const maskedName = maskPersonName(name);
    const idMasked = maskResidentId(idNumber);
    if (idsSeen.has(idNumber) || basis.people.has(personKey({ idMasked, maskedName, claimedAddress })))
      flags.add('duplicate');
    idsSeen.add(idNumber);

    const submittedAt = submittedRead ?? now;
    const fields: PassCandidateFields = {
      source: 'file-import',
      externalRef,
      maskedName,
      idMasked,
      phone,
      claimedAddress,
      householdId: household?.id ?? null,
      gridId: household?.gridId ?? null,
      householdRole: role,
      healthCode,
      healthCodeAt: codeRead ?? submittedAt,
      submittedAt,
      status: 'pending',
      reviewedBy: null,
      reviewedAt: null,
      reason: null,
      reasonNote: '',
      validFrom: submittedAt,
      validUntil: submittedAt + PASS_MS,
      flags: [...flags].sort(),
    };
    // the row as the cache will hold it must pass the entity's own schema
    const parsed = passRegistrationSchema.safeParse({
      ...fields,
      id: PLACEHOLDER_ID,
      stationId: PLACEHOLDER_ID,
      version: 0,
      updatedAt: now,
      updatedBy: 'import',
      deleted: false,
      idEnvelope: null,
    });
    if (!parsed.success) {
      for (const p of parsed.error.issues)
        issues.push(rowIssue(row.line, null, 'invalid', `${p.path.join('.')}: ${p.message}`, { field: String(p.path[0] ?? '') }));
      return;
    }
    candidates.push({ line: row.line, fields, sealable: checked.ok ? checked.id : null });
    if (fields.flags.length > 0) flagged.push({ line: row.line, flags: fields.flags });
  }

  return { check, result: () => ({ candidates, issues, flagged }) };
}

/** The basis from the cache's rows: live households by address key, and the registrations held. */
export function passRegistrationBasis(
  households: ReadonlyArray<{ id: string; gridId: string; address: string; building: string; unit: string; room: string; deleted: boolean }>,
  registrations: ReadonlyArray<Pick<PassRegistration, 'externalRef' | 'idMasked' | 'maskedName' | 'claimedAddress' | 'status' | 'deleted'>>,
): PassRegistrationBasis {
  const byKey = new Map<string, { id: string; gridId: string }>();
  for (const h of households) if (!h.deleted) byKey.set(householdKey(h), { id: h.id, gridId: h.gridId });
  const externalRefs = new Set<string>();
  const people = new Set<string>();
  for (const r of registrations) {
    externalRefs.add(r.externalRef);
    if (!r.deleted && (r.status === 'pending' || r.status === 'approved')) people.add(personKey(r));
  }
  return { households: byKey, externalRefs, people };
}
