/** The claimed address as one line: the address, with building-unit-room when it names none. Pure. */
import type { ClaimedAddress } from '#common/schemas';

export function claimLabel(c: ClaimedAddress): string {
  const parts = [c.building, c.unit, c.room].filter((p) => p !== '');
  return parts.length === 0 || /栋|单元/.test(c.address) ? c.address : `${c.address} ${parts.join('-')}`;
}
