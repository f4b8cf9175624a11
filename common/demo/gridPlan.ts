/**
 * Names the tessellated cells: each cell goes to the street/town with the nearest centre,
 * then to one of that street's communities (nearest of a few anchor cells), and gets a code
 * (HS-001…) and a name (枋湖社区第3网格). Cells are ordered street → community → north to
 * south, so neighbouring codes are usually neighbouring cells.
 */
import type { AreaGeometry, LngLat } from '../schemas';
import type { PlaceProfile } from './places';
import { bboxOf, type BBox } from './planarGeometry';
import type { Rng } from './prng';

export interface GridPlan {
  geometry: AreaGeometry;
  bbox: BBox;
  centre: LngLat;
  code: string;
  name: string;
  street: string;
  community: string;
}

const dist2 = (a: readonly number[], b: readonly number[]): number =>
  ((a[0] ?? 0) - (b[0] ?? 0)) ** 2 + ((a[1] ?? 0) - (b[1] ?? 0)) ** 2;

export function planGrids(rng: Rng, cells: readonly AreaGeometry[], profile: PlaceProfile): GridPlan[] {
  const items = cells.map((geometry) => {
    const bbox = bboxOf(geometry);
    const centre: LngLat = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
    let street = 0;
    profile.streets.forEach((s, i) => {
      if (dist2(centre, s.centre) < dist2(centre, profile.streets[street]?.centre ?? s.centre)) street = i;
    });
    return { geometry, bbox, centre, street, community: '' };
  });

  profile.streets.forEach((street, si) => {
    const mine = items.filter((it) => it.street === si);
    if (mine.length === 0) return;
    const anchors = rng.shuffle(mine.slice()).slice(0, Math.min(street.communities.length, mine.length));
    for (const it of mine) {
      let best = 0;
      anchors.forEach((a, ai) => {
        if (dist2(it.centre, a.centre) < dist2(it.centre, anchors[best]?.centre ?? a.centre)) best = ai;
      });
      it.community = street.communities[best] ?? street.communities[0] ?? street.name;
    }
  });

  const communityOrder = (it: (typeof items)[number]): number =>
    profile.streets[it.street]?.communities.indexOf(it.community) ?? 0;
  items.sort(
    (a, b) => a.street - b.street || communityOrder(a) - communityOrder(b) || b.centre[1] - a.centre[1] || a.centre[0] - b.centre[0],
  );

  const digits = cells.length >= 1000 ? 4 : 3;
  const perCommunity = new Map<string, number>();
  return items.map((it, i) => {
    const n = (perCommunity.get(it.community) ?? 0) + 1;
    perCommunity.set(it.community, n);
    return {
      geometry: it.geometry,
      bbox: it.bbox,
      centre: it.centre,
      code: `${profile.codePrefix}-${String(i + 1).padStart(digits, '0')}`,
      name: `${it.community}第${n}网格`,
      street: profile.streets[it.street]?.name ?? profile.district,
      community: it.community,
    };
  });
}
