/** Nominal sizes of the two demo datasets (docs/architecture.md §8); generated counts land near these. */
export type DemoSize = 'station' | 'district';

export interface DemoSizeSpec {
  grids: number;
  households: number;
  officers: number;
  checkpoints: number;
  incidents: number;
  testingSites: number;
  volunteerTeams: number;
  /** Electronic-pass registrations from the city system over the last ten days (passRegistrations.ts). */
  passRegistrations: number;
  /** Gate checks at the checkpoints over the last 24 hours (gateChecks.ts). */
  gateChecks: number;
}

export const demoSizes: Readonly<Record<DemoSize, DemoSizeSpec>> = {
  station: { grids: 60, households: 15_000, officers: 40, checkpoints: 25, incidents: 600, testingSites: 8, volunteerTeams: 12, passRegistrations: 9_000, gateChecks: 3_000 },
  district: { grids: 725, households: 200_000, officers: 420, checkpoints: 300, incidents: 20_000, testingSites: 96, volunteerTeams: 48, passRegistrations: 150_000, gateChecks: 20_000 },
};
