/**
 * What reassigning a grid's officer would do to the one-grid-one-officer rule (一格一警),
 * shown before saving: the grid left without an officer, or the new officer holding more
 * grids than the station's load limit. Pure; built on common/domain/oneGridOneOfficer.ts.
 */
import { officerGridLoads, type GridAssignment, type OfficerRef } from '#common/domain/oneGridOneOfficer';

export interface AssignmentWarnings {
  leavesGridWithoutOfficer: boolean;
  /** The new officer's grid count after the change, when it exceeds the limit. */
  overload: { officerId: string; gridCount: number; limit: number } | null;
}

export function assignmentWarnings(
  grids: readonly GridAssignment[],
  officers: readonly OfficerRef[],
  gridLoadLimit: number,
  gridId: string,
  officerId: string | null,
): AssignmentWarnings {
  const after = grids.map((g) => (g.id === gridId ? { ...g, officerId } : g));
  const load =
    officerId === null
      ? undefined
      : officerGridLoads(after, officers).find((l) => l.officer.id === officerId);
  return {
    leavesGridWithoutOfficer: officerId === null,
    overload:
      load && load.gridCount > gridLoadLimit
        ? { officerId: load.officer.id, gridCount: load.gridCount, limit: gridLoadLimit }
        : null,
  };
}
