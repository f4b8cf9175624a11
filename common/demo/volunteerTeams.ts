/**
 * Volunteer teams 志愿者队伍 (近邻, 群防群治): the station's twelve teams (as Kaiyuan station
 * formed with its sub-district), acting as gate keepers 守门员 and patrol supervisors 监督员
 * at checkpoints; the tai-chi team 太极拳义务服务队 keeps order at today's testing sites with
 * dozens of members in rotation. A district dataset repeats the pattern per town.
 */
import type { Checkpoint, TeamAssignment, TestingSite, VolunteerRole, VolunteerTeam } from '../schemas';
import { dayOf } from '../domain/time';
import { personName } from './personNames';
import type { PlaceProfile } from './places';
import type { Rng } from './prng';
import { synced, type RowContext } from './synced';

export const TAICHI_TEAM = '太极拳义务服务队';

const BASE_TEAMS = [
  '党员先锋志愿服务队',
  '青年志愿服务队',
  '巾帼志愿服务队',
  '退役军人志愿服务队',
  '楼栋长志愿服务队',
  '物业志愿服务队',
  '平安志愿者巡逻队',
  '近邻守护志愿服务队',
  '红袖标巡防队',
  '夕阳红志愿服务队',
  '商户志愿服务队',
  TAICHI_TEAM,
] as const;

export function generateVolunteerTeams(
  rng: Rng,
  ctx: RowContext,
  profile: PlaceProfile,
  count: number,
  checkpoints: readonly Checkpoint[],
  sites: readonly TestingSite[],
): VolunteerTeam[] {
  const today = dayOf(ctx.now);
  const todaySites = sites.filter((s) => s.day === today);
  const gates = rng.shuffle(checkpoints.slice());
  let nextGate = 0;
  return Array.from({ length: count }, (_, i): VolunteerTeam => {
    const base = BASE_TEAMS[i % BASE_TEAMS.length] ?? TAICHI_TEAM;
    const round = Math.floor(i / BASE_TEAMS.length);
    const prefix = round === 0 ? '' : (profile.streets[(round - 1) % profile.streets.length]?.name ?? '');
    const name = `${prefix}${round > profile.streets.length ? round : ''}${base}`;
    const taichi = base === TAICHI_TEAM;
    const members = taichi ? rng.int(36, 68) : rng.int(12, 60);
    const roles: VolunteerRole[] = taichi ? ['testing-order'] : rng.chance(0.5) ? ['gate-keeper', 'patrol-supervisor'] : [rng.pick(['gate-keeper', 'patrol-supervisor'] as const)];
    const assignments: TeamAssignment[] = [];
    if (taichi) {
      for (const site of todaySites.slice(0, 2)) {
        assignments.push({ checkpointId: null, siteId: site.id, role: 'testing-order', members: rng.int(8, 20) });
      }
    } else {
      for (let k = rng.int(1, 3); k > 0 && gates.length > 0; k--) {
        const gate = gates[nextGate++ % gates.length];
        if (gate) assignments.push({ checkpointId: gate.id, siteId: null, role: rng.pick(roles), members: rng.int(2, 8) });
      }
    }
    return {
      ...synced(ctx, rng.uuid(), ctx.now - rng.int(1, 20) * 86_400_000),
      name,
      leader: personName(rng),
      members,
      roles,
      assignments,
    };
  });
}
