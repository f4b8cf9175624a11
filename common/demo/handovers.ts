/**
 * The demo's past duty handovers 交接班记录: the last two 12-hour shift changes (08:00 and
 * 20:00, station time) before `now`, each drafted from the dataset as it stood then — open
 * incidents (new since the shift began marked), incidents resolved in the shift, control-level
 * changes, pending pass reviews, open follow-ups — with a note from the outgoing officer and
 * signed by the incoming one a few minutes later. Item texts are frozen at draft time, as the
 * handover screen freezes them; personal names appear masked only. Roster gaps and sync
 * problems are left empty (a demo workstation has neither history). Same rng + inputs ⇒ same rows.
 */
import { HOUR_MS } from '../domain/time';
import { HANDOVER_ITEMS_MAX } from '../schemas/pass';
import type {
  ControlLevel,
  ControlLevelChange,
  Grid,
  Handover,
  HandoverItem,
  Incident,
  IncidentType,
  Officer,
  PassRegistration,
  PersonFinding,
} from '../schemas';
import type { Rng } from './prng';
import { clampToNow, type RowContext } from './synced';

const TYPE_WORDS: Readonly<Record<IncidentType, string>> = {
  gathering: '人员聚集',
  'checkpoint-breach': '冲卡',
  'unregistered-person': '未登记人员',
  'supply-disruption': '物资保障',
  dispute: '纠纷',
  medical: '就医',
  other: '其他',
};

const LEVEL_WORDS: Readonly<Record<ControlLevel, string>> = {
  sealed: '封控区',
  controlled: '管控区',
  precaution: '防范区',
  normal: '常态',
};

const NOTES = [
  '夜间各卡口运行正常，彩虹花园临时警务室物资已补充。',
  '封控区内有两户反映就医需求，已联系社区安排，请白班跟进。',
  '通行证审核积压较多，请优先处理封控、管控区的登记。',
  '敲门行动进度落后的网格已通知社区加派人手。',
  '',
] as const;

export interface HandoverInput {
  officers: readonly Officer[];
  grids: readonly Grid[];
  incidents: readonly Incident[];
  controlLevels: readonly ControlLevelChange[];
  registrations: readonly PassRegistration[];
  findings: readonly PersonFinding[];
  /** How many past handovers (most recent last). */
  count: number;
}

const MINUTE_MS = 60_000;

/** When a registration stopped waiting: a revoked pass was approved when its window opened. */
const decidedAt = (r: PassRegistration): number =>
  r.status === 'pending' ? Infinity : r.status === 'revoked' ? r.validFrom : (r.reviewedAt ?? Infinity);

const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const capped = (items: HandoverItem[]): HandoverItem[] => items.slice(0, HANDOVER_ITEMS_MAX);

export function generateHandovers(rng: Rng, ctx: RowContext, input: HandoverInput): Handover[] {
  const duty = input.officers.filter((o) => o.active && o.role !== 'auxiliary');
  const count = Math.min(input.count, duty.length - 1);
  if (count <= 0) return [];
  const gridName = new Map(input.grids.map((g) => [g.id, g.name]));
  // shift changes at 08:00 and 20:00 station time (00:00 and 12:00 UTC)
  let change = Math.floor((ctx.now - HOUR_MS) / (12 * HOUR_MS)) * 12 * HOUR_MS;
  const changes: number[] = [];
  for (let i = 0; i < count; i++, change -= 12 * HOUR_MS) changes.unshift(change);
  const people = rng.shuffle(duty.slice()).slice(0, count + 1);

  return changes.map((at, i): Handover => {
    const shiftStart = at - 12 * HOUR_MS;
    const handedAt = clampToNow(ctx, at + rng.int(0, 20) * MINUTE_MS);
    const signedAt = clampToNow(ctx, handedAt + rng.int(2, 15) * MINUTE_MS);
    const isNew = (t: number) => t >= shiftStart;
    const incidentText = (inc: Incident) =>
      clip(`${TYPE_WORDS[inc.type]}｜${gridName.get(inc.gridId) ?? ''}｜${inc.description}`);
    const openIncidents = input.incidents
      .filter((inc) => inc.reportedAt <= handedAt && (inc.resolvedAt === null || inc.resolvedAt > handedAt))
      .sort((a, b) => b.reportedAt - a.reportedAt)
      .slice(0, HANDOVER_ITEMS_MAX)
      .map((inc) => ({ refId: inc.id, text: incidentText(inc), isNew: isNew(inc.reportedAt) }));
    const resolvedIncidents = input.incidents
      .filter((inc) => inc.resolvedAt !== null && inc.resolvedAt >= shiftStart && inc.resolvedAt <= handedAt)
      .slice(0, HANDOVER_ITEMS_MAX)
      .map((inc) => ({ refId: inc.id, text: incidentText(inc), isNew: isNew(inc.reportedAt) }));
    const levelChanges = input.controlLevels
      .filter((c) => c.from >= shiftStart && c.from <= handedAt)
      .map((c) => ({ refId: c.id, text: clip(`${gridName.get(c.gridId) ?? ''} → ${LEVEL_WORDS[c.level]}`), isNew: true }));
    const pendingReviews = input.registrations
      .filter((r) => r.submittedAt <= handedAt && !(decidedAt(r) <= handedAt))
      .sort((a, b) => a.submittedAt - b.submittedAt)
      .slice(0, HANDOVER_ITEMS_MAX)
      .map((r) => ({
        refId: r.id,
        text: clip(`${r.maskedName}｜${r.claimedAddress.address}`),
        isNew: isNew(r.submittedAt),
      }));
    const followUpsDue = input.findings
      .filter((f) => f.followUp !== 'closed' && f.updatedAt <= handedAt)
      .slice(0, HANDOVER_ITEMS_MAX)
      .map((f) => ({ refId: f.id, text: clip(`${f.maskedName}｜${gridName.get(f.gridId) ?? ''}`), isNew: isNew(f.updatedAt) }));
    return {
      id: rng.uuid(),
      stationId: ctx.stationId,
      version: 1,
      updatedAt: signedAt,
      updatedBy: 'system',
      deleted: false,
      outgoingOfficerId: people[i]!.id,
      shiftStart,
      handedAt,
      sections: {
        openIncidents: capped(openIncidents),
        resolvedIncidents: capped(resolvedIncidents),
        levelChanges: capped(levelChanges),
        rosterGaps: [],
        pendingReviews: capped(pendingReviews),
        followUpsDue: capped(followUpsDue),
        syncProblems: [],
      },
      notes: rng.pick(NOTES),
      status: 'signed',
      incomingOfficerId: people[i + 1]!.id,
      incomingSignedAt: signedAt,
    };
  });
}
