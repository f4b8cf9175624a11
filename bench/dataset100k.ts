/**
 * The ≈100,000-record station the sync benches serve: the district's demo data cut to 95,000
 * households and 3,500 incidents, without visits, findings or the electronic pass's rows
 * (150k registrations would more than double the "100k").
 */
import { generateDemoData, type DemoDataset } from '#common/demo';

export async function dataset100k(now: number): Promise<DemoDataset> {
  const d = await generateDemoData({ size: 'district', now });
  return {
    ...d,
    households: d.households.slice(0, 95_000),
    visits: [],
    findings: [],
    incidents: d.incidents.slice(0, 3_500),
    passRegistrations: [],
    gateChecks: [],
    handovers: [],
  };
}
