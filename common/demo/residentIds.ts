/**
 * Synthetic resident ID numbers (GB 11643: region code, birth date, sequence, check digit)
 * for people the demo sweeps find. They exist only in memory: the dataset keeps the mask,
 * never the number, and nothing derived from it (see common/domain/residentId.ts).
 */
import { residentIdCheckChar } from '../domain/residentId';
import type { Rng } from './prng';

/** Region codes of other places, for the floating population 流动人口. */
const ELSEWHERE = [
  '350102', '350502', '350602', '350802', '360102', '430102', '510104', '420102', '440103', '450102',
] as const;

export function residentId(rng: Rng, localAdcode: string, floating: boolean): string {
  const region = floating ? rng.pick(ELSEWHERE) : localAdcode;
  const year = rng.int(1950, 2006);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const seq = rng.int(0, 999);
  const first17 = `${region}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
