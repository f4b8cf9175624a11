/**
 * The mapping step's preview of a pass-registration file, with residents' data masked before it
 * leaves the import worker: a registration file is full of names, ID numbers and phones, and
 * the screen shows masked ones only (docs/architecture.md §5). Columns the importer recognised
 * as non-personal (address, building, unit, room, role, health code, times, 登记编号) are shown
 * as they are, except that anything shaped like an ID number or a mobile number is masked in
 * them too; the ID and phone columns show the masks (`3502**********123X`, `138****5678`) — and a
 * cell there that is no whole ID or mobile number is masked as a name is; every other column —
 * the name, and any column not recognised — shows each cell masked as a name is (first and last
 * character). Pure.
 */
import { maskPersonName } from '../../domain/residentId';
import type { PassRegistrationField } from './passRegistrationRows';

const SHOWN: ReadonlySet<PassRegistrationField> = new Set<PassRegistrationField>([
  'address',
  'building',
  'unit',
  'room',
  'role',
  'healthCode',
  'healthCodeAt',
  'submittedAt',
  'externalRef',
]);

const NUMBERS: ReadonlySet<PassRegistrationField> = new Set<PassRegistrationField>(['idNumber', 'phone']);

const ID_LIKE = /\d{6}\d{8}(\d{3}[\dXx])/g;
const MOBILE_LIKE = /(?<!\d)(1\d{2})\d{4}(\d{4})(?!\d)/g;

const maskNumbers = (text: string): string =>
  text.replace(ID_LIKE, (id: string) => `${id.slice(0, 4)}**********${id.slice(14)}`).replace(MOBILE_LIKE, '$1****$2');

/** `rows` are preview cells by column; `suggested` is the importer's guess of which column holds which field. */
export function maskPassPreview(
  rows: readonly (readonly string[])[],
  suggested: Readonly<Record<string, number | null>>,
): string[][] {
  const shown = new Set<number>();
  const numbers = new Set<number>();
  for (const [field, column] of Object.entries(suggested)) {
    if (column === null) continue;
    if (SHOWN.has(field as PassRegistrationField)) shown.add(column);
    if (NUMBERS.has(field as PassRegistrationField)) numbers.add(column);
  }
  const cellText = (cell: string, i: number): string => {
    const masked = maskNumbers(cell);
    if (numbers.has(i)) return /\d{5,}/.test(masked) ? maskPersonName(masked) : masked;
    return shown.has(i) ? masked : maskPersonName(masked);
  };
  return rows.map((cells) => cells.map(cellText));
}
