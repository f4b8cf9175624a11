/**
 * The duty handover sheet's draft 交接班 (docs/architecture.md §9): what one shift hands the
 * next, computed from the cache's rows for the period since the outgoing officer's shift began
 * (`shiftStart`, their session's sign-in time) up to the hand-over (`handedAt`). Pure.
 *
 * Sections (common/schemas/pass.ts `handoverSectionsSchema`):
 * - openIncidents: incidents not resolved (live), most severe first, then oldest first;
 *   `isNew` when reported at or after shiftStart;
 * - resolvedIncidents: incidents whose resolvedAt falls in [shiftStart, handedAt];
 * - levelChanges: control-level records taking effect (`from`) in [shiftStart, handedAt];
 * - rosterGaps: 24-hour checkpoints with uncovered time in [handedAt, handedAt + 12 h)
 *   (common/domain/rosterGaps.ts);
 * - pendingReviews: one line with the count of pending pass registrations and the oldest
 *   submission, then the PENDING_REVIEWS_LISTED oldest;
 * - followUpsDue: person findings whose follow-up is open or in progress, oldest change first;
 *   `isNew` when last changed at or after shiftStart;
 * - syncProblems: changes waiting to upload, open conflicts, changes the centre refused.
 * Every section holds at most HANDOVER_ITEMS_MAX items: when cut, the last one says how many
 * more there are. Texts are built by the caller's `words` (the sheet is frozen in the words
 * given at hand-over time) and never carry residents' names or IDs nor an incident's free-text
 * description: type, severity, grid and times only. A text longer than the schema allows is
 * clipped.
 */
import type { ControlLevel, ControlLevelChange } from '../schemas/grid';
import {
  severities,
  type Incident,
  type IncidentStatus,
  type IncidentType,
  type Severity,
} from '../schemas/incident';
import type { Checkpoint, DutyShift } from '../schemas/checkpoint';
import type { FindingKind, FollowUpStatus, PersonFinding } from '../schemas/sweep';
import {
  HANDOVER_ITEMS_MAX,
  type HandoverItem,
  type HandoverSections,
  type HealthCodeColour,
  type PassRegistration,
} from '../schemas/pass';
import { HOUR_MS } from './time';
import { rosterGaps, type Interval } from './rosterGaps';

/** How far ahead the roster is checked for gaps. */
export const HANDOVER_ROSTER_AHEAD_MS = 12 * HOUR_MS;
/** How many of the oldest pending registrations are listed below their count. */
export const PENDING_REVIEWS_LISTED = 5;
/** The longest text an item may hold (handoverItemSchema). */
export const HANDOVER_TEXT_MAX = 200;

export interface GridLabel {
  code: string;
  name: string;
}

/** The changes waiting in the outbox: how many, and when the oldest was made. */
export interface PendingChanges {
  count: number;
  oldestAt: number | null;
}

/** A change the centre refused, as the draft needs it. */
export interface RefusedChangeFact {
  key: string;
  entity: string;
  madeAt: number;
  /** The refusal code, or null when the centre gave only a reason. */
  refusal: string | null;
}

export interface HandoverDraftInput {
  shiftStart: number;
  handedAt: number;
  grids: ReadonlyMap<string, GridLabel>;
  incidents: readonly Incident[];
  controlLevels: readonly ControlLevelChange[];
  checkpoints: readonly Checkpoint[];
  /** Shifts of checkpoints (others are ignored). */
  shifts: readonly DutyShift[];
  /** Registrations; only pending ones count. */
  passRegistrations: readonly PassRegistration[];
  /** Findings; only open and in-progress follow-ups count. */
  findings: readonly PersonFinding[];
  outbox: PendingChanges;
  /** Open conflicts of the station as last known; null when unknown (never synced). */
  openConflicts: number | null;
  refused: readonly RefusedChangeFact[];
}

/** The words of the sheet: one function per kind of line (the caller's language). */
export interface HandoverWords {
  openIncident(f: {
    type: IncidentType;
    severity: Severity;
    status: IncidentStatus;
    grid: GridLabel | null;
    reportedAt: number;
  }): string;
  resolvedIncident(f: {
    type: IncidentType;
    severity: Severity;
    grid: GridLabel | null;
    reportedAt: number;
    resolvedAt: number;
  }): string;
  levelChange(f: { level: ControlLevel; grid: GridLabel | null; from: number; to: number | null }): string;
  rosterGap(f: {
    checkpoint: string;
    grid: GridLabel | null;
    gaps: readonly Interval[];
    uncoveredMs: number;
  }): string;
  pendingCount(f: { count: number; oldestAt: number }): string;
  pendingReview(f: {
    submittedAt: number;
    grid: GridLabel | null;
    healthCode: HealthCodeColour;
    flags: number;
  }): string;
  followUp(f: {
    kind: FindingKind;
    status: FollowUpStatus;
    grid: GridLabel | null;
    changedAt: number;
  }): string;
  outbox(f: { count: number; oldestAt: number }): string;
  conflicts(f: { count: number }): string;
  refused(f: { entity: string; refusal: string | null; madeAt: number }): string;
  more(f: { count: number }): string;
}

const clip = (text: string): string =>
  text.length <= HANDOVER_TEXT_MAX ? text : `${text.slice(0, HANDOVER_TEXT_MAX - 1)}…`;

const item = (refId: string, text: string, isNew: boolean): HandoverItem => ({
  refId: refId.slice(0, 64),
  text: clip(text),
  isNew,
});

/**
 * At most HANDOVER_ITEMS_MAX items: when there are more, the first HANDOVER_ITEMS_MAX − 1 and
 * a last item saying how many were left out.
 */
export function capItems(
  items: readonly HandoverItem[],
  section: string,
  words: Pick<HandoverWords, 'more'>,
): HandoverItem[] {
  if (items.length <= HANDOVER_ITEMS_MAX) return [...items];
  const kept = items.slice(0, HANDOVER_ITEMS_MAX - 1);
  return [...kept, item(`more:${section}`, words.more({ count: items.length - kept.length }), false)];
}

const severityRank = (s: Severity): number => severities.indexOf(s);
const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function openIncidents(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  return input.incidents
    .filter((i) => !i.deleted && i.status !== 'resolved')
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) || a.reportedAt - b.reportedAt || byId(a, b),
    )
    .map((i) =>
      item(
        i.id,
        words.openIncident({
          type: i.type,
          severity: i.severity,
          status: i.status,
          grid: input.grids.get(i.gridId) ?? null,
          reportedAt: i.reportedAt,
        }),
        i.reportedAt >= input.shiftStart,
      ),
    );
}

const inShift = (input: HandoverDraftInput, t: number | null): t is number =>
  t !== null && t >= input.shiftStart && t <= input.handedAt;

function resolvedIncidents(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  return input.incidents
    .filter((i) => !i.deleted && i.status === 'resolved' && inShift(input, i.resolvedAt))
    .sort((a, b) => (a.resolvedAt ?? 0) - (b.resolvedAt ?? 0) || byId(a, b))
    .map((i) =>
      item(
        i.id,
        words.resolvedIncident({
          type: i.type,
          severity: i.severity,
          grid: input.grids.get(i.gridId) ?? null,
          reportedAt: i.reportedAt,
          resolvedAt: i.resolvedAt ?? i.reportedAt,
        }),
        i.reportedAt >= input.shiftStart,
      ),
    );
}

function levelChanges(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  return input.controlLevels
    .filter((c) => !c.deleted && inShift(input, c.from))
    .sort((a, b) => a.from - b.from || byId(a, b))
    .map((c) =>
      item(
        c.id,
        words.levelChange({
          level: c.level,
          grid: input.grids.get(c.gridId) ?? null,
          from: c.from,
          to: c.to,
        }),
        true,
      ),
    );
}

function gapsAhead(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  const from = input.handedAt;
  const to = from + HANDOVER_ROSTER_AHEAD_MS;
  const shiftsOf = new Map<string, DutyShift[]>();
  for (const s of input.shifts) {
    if (s.checkpointId === null) continue;
    const list = shiftsOf.get(s.checkpointId);
    if (list) list.push(s);
    else shiftsOf.set(s.checkpointId, [s]);
  }
  const found: { checkpoint: Checkpoint; gaps: Interval[]; uncovered: number }[] = [];
  for (const c of input.checkpoints) {
    if (c.deleted || !c.staffed24h || c.mode === 'closed') continue;
    const gaps = rosterGaps(shiftsOf.get(c.id) ?? [], from, to);
    if (gaps.length === 0) continue;
    found.push({ checkpoint: c, gaps, uncovered: gaps.reduce((n, g) => n + g.end - g.start, 0) });
  }
  return found
    .sort(
      (a, b) =>
        (a.gaps[0]?.start ?? 0) - (b.gaps[0]?.start ?? 0) ||
        b.uncovered - a.uncovered ||
        byId(a.checkpoint, b.checkpoint),
    )
    .map(({ checkpoint, gaps, uncovered }) =>
      item(
        checkpoint.id,
        words.rosterGap({
          checkpoint: checkpoint.name,
          grid: input.grids.get(checkpoint.gridId) ?? null,
          gaps,
          uncoveredMs: uncovered,
        }),
        false,
      ),
    );
}

function pendingReviews(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  const pending = input.passRegistrations
    .filter((r) => !r.deleted && r.status === 'pending')
    .sort((a, b) => a.submittedAt - b.submittedAt || byId(a, b));
  const oldest = pending[0];
  if (!oldest) return [];
  return [
    item('pending-count', words.pendingCount({ count: pending.length, oldestAt: oldest.submittedAt }), false),
    ...pending.slice(0, PENDING_REVIEWS_LISTED).map((r) =>
      item(
        r.id,
        words.pendingReview({
          submittedAt: r.submittedAt,
          grid: r.gridId ? (input.grids.get(r.gridId) ?? null) : null,
          healthCode: r.healthCode,
          flags: r.flags.length,
        }),
        r.submittedAt >= input.shiftStart,
      ),
    ),
  ];
}

function followUpsDue(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  return input.findings
    .filter((f) => !f.deleted && (f.followUp === 'open' || f.followUp === 'in-progress'))
    .sort((a, b) => a.updatedAt - b.updatedAt || byId(a, b))
    .map((f) =>
      item(
        f.id,
        words.followUp({
          kind: f.kind,
          status: f.followUp,
          grid: input.grids.get(f.gridId) ?? null,
          changedAt: f.updatedAt,
        }),
        f.updatedAt >= input.shiftStart,
      ),
    );
}

function syncProblems(input: HandoverDraftInput, words: HandoverWords): HandoverItem[] {
  const items: HandoverItem[] = [];
  const { count, oldestAt } = input.outbox;
  if (count > 0 && oldestAt !== null)
    items.push(item('outbox', words.outbox({ count, oldestAt }), oldestAt >= input.shiftStart));
  if (input.openConflicts !== null && input.openConflicts > 0)
    items.push(item('conflicts', words.conflicts({ count: input.openConflicts }), false));
  for (const r of [...input.refused].sort((a, b) => a.madeAt - b.madeAt || (a.key < b.key ? -1 : 1)))
    items.push(
      item(
        r.key,
        words.refused({ entity: r.entity, refusal: r.refusal, madeAt: r.madeAt }),
        r.madeAt >= input.shiftStart,
      ),
    );
  return items;
}

/** The sheet's sections for the shift, each bounded (see the header). */
export function draftHandover(input: HandoverDraftInput, words: HandoverWords): HandoverSections {
  return {
    openIncidents: capItems(openIncidents(input, words), 'openIncidents', words),
    resolvedIncidents: capItems(resolvedIncidents(input, words), 'resolvedIncidents', words),
    levelChanges: capItems(levelChanges(input, words), 'levelChanges', words),
    rosterGaps: capItems(gapsAhead(input, words), 'rosterGaps', words),
    pendingReviews: capItems(pendingReviews(input, words), 'pendingReviews', words),
    followUpsDue: capItems(followUpsDue(input, words), 'followUpsDue', words),
    syncProblems: capItems(syncProblems(input, words), 'syncProblems', words),
  };
}

/** Items in every section, and how many are new since the shift began. */
export function handoverCounts(sections: HandoverSections): { items: number; isNew: number } {
  let items = 0;
  let isNew = 0;
  for (const list of Object.values(sections)) {
    items += list.length;
    isNew += list.filter((i) => i.isNew).length;
  }
  return { items, isNew };
}
