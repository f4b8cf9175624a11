/**
 * Throw-away data for the map harness: n hexagonal grids (725 = Tong'an's count) laid over
 * the Tong'an area north of Xiamen, two district outlines, and some points. Deterministic
 * (seeded PRNG) so screenshots compare run to run. Not demo data: that lives in scripts/.
 */
import type { CheckpointMode, ControlLevel, Severity, SiteStatus } from '#common/schemas';
import type { DistrictCollection, MapCheckpoint, MapGrid, MapIncident, MapTestingSite } from '../types';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (kind: number, n: number): string =>
  `00000000-0000-4000-8${kind}00-${n.toString(16).padStart(12, '0')}`;

const communities = ['祥平', '大同', '西柯', '新民', '洪塘', '五显', '汀溪', '莲花', '凤南', '五峰'];
const origin: [number, number] = [118.0, 24.66];
/** Hexagon radius in degrees of latitude (≈ 0.6 km); longitude is stretched by 1/cos(lat). */
const R = 0.0054;
const lngScale = 1 / Math.cos((24.7 * Math.PI) / 180);

function hexagon(cx: number, cy: number): [number, number][] {
  const ring: [number, number][] = [];
  for (let k = 0; k < 6; k += 1) {
    const angle = (Math.PI / 180) * (60 * k - 30);
    ring.push([cx + R * Math.cos(angle) * lngScale, cy + R * Math.sin(angle)]);
  }
  const first = ring[0];
  if (first) ring.push([first[0], first[1]]);
  return ring;
}

export interface FakeSituation {
  grids: MapGrid[];
  checkpoints: MapCheckpoint[];
  incidents: MapIncident[];
  testingSites: MapTestingSite[];
  districts: DistrictCollection;
}

export function fakeSituation(count: number): FakeSituation {
  const random = prng(20220317);
  const cols = Math.ceil(Math.sqrt(count * 1.15));
  const dx = Math.sqrt(3) * R * lngScale;
  const dy = 1.5 * R;
  const levels: ControlLevel[] = ['sealed', 'controlled', 'precaution', 'normal'];
  const grids: MapGrid[] = [];
  for (let n = 0; n < count; n += 1) {
    const row = Math.floor(n / cols);
    const col = n % cols;
    const cx = origin[0] + col * dx + (row % 2 ? dx / 2 : 0);
    const cy = origin[1] - row * dy;
    const r = random();
    const level = levels[r < 0.05 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : 3] ?? 'normal';
    const community = communities[Math.floor(n / 73) % communities.length] ?? '祥平';
    grids.push({
      id: uuid(1, n),
      code: `TA-${String(n + 1).padStart(3, '0')}`,
      name: `${community}社区第${(n % 73) + 1}网格`,
      geometry: { type: 'Polygon', coordinates: [hexagon(cx, cy)] },
      level,
      coverage: Math.round(random() * 100) / 100,
    });
  }
  const inside = (): [number, number] => {
    const g = grids[Math.floor(random() * grids.length)];
    const ring = g?.geometry.type === 'Polygon' ? g.geometry.coordinates[0] : undefined;
    const a = ring?.[0] ?? origin;
    const b = ring?.[3] ?? origin;
    const t = 0.3 + random() * 0.4;
    return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  };
  const modes: CheckpointMode[] = ['in-only', 'two-way', 'closed'];
  const sev: Severity[] = ['high', 'medium', 'low'];
  const statuses: SiteStatus[] = ['planned', 'setting-up', 'open', 'closed'];
  const checkpoints = Array.from({ length: Math.max(3, Math.round(count / 30)) }, (_, i): MapCheckpoint => ({
    id: uuid(2, i),
    name: `卡口${i + 1}`,
    point: inside(),
    mode: modes[i % 3] ?? 'two-way',
    staffedNow: i % 4 !== 0,
  }));
  const incidents = Array.from({ length: Math.max(3, Math.round(count / 20)) }, (_, i): MapIncident => ({
    id: uuid(3, i),
    point: inside(),
    severity: sev[i % 3] ?? 'low',
    type: 'gathering',
  }));
  const testingSites = Array.from(
    { length: Math.max(4, Math.round(count / 60)) },
    (_, i): MapTestingSite => ({
      id: uuid(4, i),
      name: `核酸检测点${i + 1}`,
      point: inside(),
      status: statuses[i % 4] ?? 'open',
    }),
  );
  const rows = Math.ceil(count / cols);
  const west = origin[0] - dx;
  const east = origin[0] + (cols + 0.5) * dx;
  const north = origin[1] + 2 * R;
  const south = origin[1] - rows * dy - R;
  const mid = (west + east) / 2;
  const districts: DistrictCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: '同安区' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [mid, south],
              [mid, north],
              [west, north],
              [west, south],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: '翔安区' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [mid, south],
              [east, south],
              [east, north],
              [mid, north],
              [mid, south],
            ],
          ],
        },
      },
    ],
  };
  return { grids, checkpoints, incidents, testingSites, districts };
}
