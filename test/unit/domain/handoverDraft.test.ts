/**
 * The handover draft (common/domain/handoverDraft.ts) over a seeded shift, with the very words
 * the app freezes a sheet in (renderer/features/handover/handoverWords.ts): a shift of 8 hours
 * with known incidents (open before and during it, resolved during and outside it, deleted),
 * control-level records, checkpoints with and without gaps ahead, pending and decided pass
 * registrations, findings with every follow-up state, an outbox, conflicts and refused changes
 * gives exactly the expected items, in order, with new-since-shift marked; every section is
 * capped at HANDOVER_ITEMS_MAX with an "and N more" line; no text carries a resident's name,
 * an ID mask or an incident's description; the sheet validates against handoverSchema.
 */
import { describe, expect, it } from 'vitest';
import {
  capItems,
  draftHandover,
  handoverCounts,
  HANDOVER_ROSTER_AHEAD_MS,
  PENDING_REVIEWS_LISTED,
  type HandoverDraftInput,
} from '#common/domain/handoverDraft';
import type { Checkpoint, ControlLevelChange, DutyShift, Incident, PersonFinding } from '#common/schemas';
import { HANDOVER_ITEMS_MAX, handoverSchema, type PassRegistration } from '#common/schemas/pass';
import { handoverWords } from '#renderer/features/handover/handoverWords';
import { paperSections, PAPER_ROWS } from '#renderer/features/handover/paperLines';

const H = 3_600_000;
/** 2026-11-28 00:00 station time. */
const T0 = Date.UTC(2026, 10, 27, 16, 0);
const SHIFT_START = T0;
const HANDED_AT = T0 + 8 * H;
const STATION = '00000000-0000-4000-8000-000000000001';

let n = 0;
const uuid = (): string => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const synced = () => ({
  id: uuid(),
  stationId: STATION,
  version: 1,
  updatedAt: T0 - 48 * H,
  updatedBy: 'system',
  deleted: false,
});

const GRID_A = uuid();
const GRID_B = uuid();
const grids = new Map([
  [GRID_A, { code: 'HS-01', name: '禾山一网格' }],
  [GRID_B, { code: 'HS-02', name: '禾山二网格' }],
]);

function incident(p: Partial<Incident>): Incident {
  return {
    ...synced(),
    gridId: GRID_A,
    type: 'gathering',
    severity: 'medium',
    status: 'new',
    point: [118.1, 24.5],
    description: '张三在小区门口聚集，电话13812345678',
    reportedAt: T0 - 2 * H,
    assignedAt: null,
    resolvedAt: null,
    assigneeId: null,
    timeline: [],
    ...p,
  };
}

function level(p: Partial<ControlLevelChange>): ControlLevelChange {
  return {
    ...synced(),
    gridId: GRID_A,
    level: 'controlled',
    from: T0 + H,
    to: null,
    decidedBy: '林玲俊',
    reason: '李四确诊',
    ...p,
  };
}

function checkpoint(p: Partial<Checkpoint>): Checkpoint {
  return {
    ...synced(),
    gridId: GRID_B,
    name: '东门卡口',
    point: [118.1, 24.5],
    mode: 'two-way',
    postType: 'gate',
    staffed24h: true,
    ...p,
  };
}

function shift(checkpointId: string, start: number, end: number): DutyShift {
  return {
    ...synced(),
    checkpointId,
    siteId: null,
    start,
    end,
    staff: [{ kind: 'police', name: '王五', officerId: null, teamId: null }],
  };
}

function registration(p: Partial<PassRegistration>): PassRegistration {
  return {
    ...synced(),
    source: 'demo',
    externalRef: uuid(),
    maskedName: '赵*明',
    idMasked: '3502**********123X',
    phone: '13912345678',
    claimedAddress: { address: '禾山路1号', building: '1', unit: '1', room: '101' },
    householdId: uuid(),
    gridId: GRID_B,
    householdRole: 'head',
    healthCode: 'green',
    healthCodeAt: T0,
    submittedAt: T0 - 30 * H,
    status: 'pending',
    reviewedBy: null,
    reviewedAt: null,
    reason: null,
    reasonNote: '',
    validFrom: T0,
    validUntil: T0 + 7 * 24 * H,
    flags: [],
    ...p,
  };
}

function finding(p: Partial<PersonFinding>): PersonFinding {
  return {
    ...synced(),
    visitId: uuid(),
    gridId: GRID_A,
    kind: 'unregistered',
    maskedName: '钱*',
    idMasked: '3502**********456X',
    followUp: 'open',
    ...p,
  };
}

function seededShift() {
  const openOld = incident({ severity: 'low', reportedAt: T0 - 20 * H });
  const openNewHigh = incident({
    severity: 'high',
    type: 'checkpoint-breach',
    status: 'assigned',
    reportedAt: T0 + 3 * H,
    gridId: GRID_B,
  });
  const openNewMedium = incident({ severity: 'medium', status: 'in-progress', reportedAt: T0 + 5 * H });
  const resolvedInShift = incident({
    status: 'resolved',
    reportedAt: T0 - 3 * H,
    resolvedAt: T0 + 2 * H,
    type: 'dispute',
  });
  const resolvedNewInShift = incident({
    status: 'resolved',
    reportedAt: T0 + 4 * H,
    resolvedAt: T0 + 6 * H,
    type: 'medical',
  });
  const resolvedBefore = incident({ status: 'resolved', reportedAt: T0 - 9 * H, resolvedAt: T0 - H });
  const deletedOpen = incident({ deleted: true, reportedAt: T0 + H });

  const levelInShift = level({ from: T0 + H, level: 'sealed' });
  const levelInShiftEnded = level({ from: T0 + 6 * H, to: T0 + 7 * H, gridId: GRID_B, level: 'precaution' });
  const levelBefore = level({ from: T0 - 5 * H });
  const levelAfter = level({ from: HANDED_AT + H });

  const gapped = checkpoint({ name: '东门卡口' });
  const covered = checkpoint({ name: '西门卡口' });
  const notStaffed = checkpoint({ name: '临时点', staffed24h: false, postType: 'temporary-post' });
  const closed = checkpoint({ name: '北门卡口', mode: 'closed' });
  const empty = checkpoint({ name: '南门卡口', gridId: GRID_A });
  const shifts = [
    shift(gapped.id, HANDED_AT - 2 * H, HANDED_AT + 3 * H),
    shift(gapped.id, HANDED_AT + 4 * H, HANDED_AT + 13 * H),
    shift(covered.id, HANDED_AT - H, HANDED_AT + 6 * H),
    shift(covered.id, HANDED_AT + 6 * H, HANDED_AT + 14 * H),
  ];

  const pendingRegs = Array.from({ length: PENDING_REVIEWS_LISTED + 2 }, (_, i) =>
    registration({
      submittedAt: T0 - 10 * H + i * 2 * H,
      healthCode: i === 1 ? 'yellow' : 'green',
      flags: i === 0 ? ['duplicate'] : [],
    }),
  );
  const approved = registration({ status: 'approved', submittedAt: T0 - 40 * H });

  const findingOpen = finding({ updatedAt: T0 - 5 * H });
  const findingInProgressNew = finding({
    followUp: 'in-progress',
    updatedAt: T0 + 2 * H,
    kind: 'test-overdue',
    gridId: GRID_B,
  });
  const findingClosed = finding({ followUp: 'closed' });

  const input: HandoverDraftInput = {
    shiftStart: SHIFT_START,
    handedAt: HANDED_AT,
    grids,
    incidents: [
      openOld,
      openNewHigh,
      openNewMedium,
      resolvedInShift,
      resolvedNewInShift,
      resolvedBefore,
      deletedOpen,
    ],
    controlLevels: [levelInShift, levelInShiftEnded, levelBefore, levelAfter],
    checkpoints: [gapped, covered, notStaffed, closed, empty],
    shifts,
    passRegistrations: [...[...pendingRegs].reverse(), approved],
    findings: [findingOpen, findingInProgressNew, findingClosed],
    outbox: { count: 3, oldestAt: T0 + 7 * H },
    openConflicts: 2,
    refused: [{ key: 'refused:c1:9', entity: 'incidents', madeAt: T0 + 6 * H, refusal: 'role-forbidden' }],
  };
  return {
    input,
    rows: {
      openOld,
      openNewHigh,
      openNewMedium,
      resolvedInShift,
      resolvedNewInShift,
      levelInShift,
      levelInShiftEnded,
      gapped,
      empty,
      pendingRegs,
      findingOpen,
      findingInProgressNew,
    },
  };
}

describe('draftHandover over a seeded shift', () => {
  const { input, rows } = seededShift();
  const sheet = draftHandover(input, handoverWords);
  const refs = (items: { refId: string }[]) => items.map((i) => i.refId);
  const news = (items: { isNew: boolean }[]) => items.map((i) => i.isNew);

  it('lists open incidents, most severe first, new-since-shift marked; deleted and resolved ones not', () => {
    expect(refs(sheet.openIncidents)).toEqual([rows.openNewHigh.id, rows.openNewMedium.id, rows.openOld.id]);
    expect(news(sheet.openIncidents)).toEqual([true, true, false]);
    expect(sheet.openIncidents[0]?.text).toBe('高·冲卡 · HS-02 禾山二网格 · 11/28 03:00 报警 · 已指派');
  });

  it('lists the incidents resolved in the shift only', () => {
    expect(refs(sheet.resolvedIncidents)).toEqual([rows.resolvedInShift.id, rows.resolvedNewInShift.id]);
    expect(news(sheet.resolvedIncidents)).toEqual([false, true]);
    expect(sheet.resolvedIncidents[1]?.text).toMatch(/11\/28 04:00 报警，11\/28 06:00 办结/);
  });

  it('lists control-level records taking effect in the shift', () => {
    expect(refs(sheet.levelChanges)).toEqual([rows.levelInShift.id, rows.levelInShiftEnded.id]);
    expect(sheet.levelChanges[0]?.text).toBe('HS-01 禾山一网格 调整为封控区，11/28 01:00 起');
    expect(sheet.levelChanges[1]?.text).toBe('HS-02 禾山二网格 调整为防范区，11/28 06:00 起至 11/28 07:00');
  });

  it('lists 24-hour checkpoints with gaps in the next 12 hours, earliest gap first', () => {
    expect(refs(sheet.rosterGaps)).toEqual([rows.empty.id, rows.gapped.id]);
    expect(sheet.rosterGaps[1]?.text).toBe('东门卡口（HS-02 禾山二网格）空岗 11/28 11:00–12:00，共 1 小时');
    expect(sheet.rosterGaps[0]?.text).toMatch(/南门卡口.*共 12 小时/);
    expect(HANDOVER_ROSTER_AHEAD_MS).toBe(12 * H);
  });

  it('counts the pending reviews and lists the oldest few', () => {
    const [count, ...listed] = sheet.pendingReviews;
    expect(count).toMatchObject({ refId: 'pending-count', isNew: false });
    expect(count?.text).toBe(`待审核 ${rows.pendingRegs.length} 件，最早于 11/27 14:00 提交`);
    expect(refs(listed)).toEqual(rows.pendingRegs.slice(0, PENDING_REVIEWS_LISTED).map((r) => r.id));
    expect(listed[0]?.text).toMatch(/健康码绿码 · 1 项提示$/);
    expect(listed[1]?.text).toMatch(/健康码黄码$/);
    // submitted at T0 - 10h + 2h·i: the sixth and seventh fall in the shift but are not listed
    expect(news(listed)).toEqual([false, false, false, false, false]);
  });

  it('lists open and in-progress follow-ups, oldest change first', () => {
    expect(refs(sheet.followUpsDue)).toEqual([rows.findingOpen.id, rows.findingInProgressNew.id]);
    expect(news(sheet.followUpsDue)).toEqual([false, true]);
    expect(sheet.followUpsDue[1]?.text).toMatch(/^未按时核酸 · HS-02 禾山二网格 · 跟进中/);
  });

  it('reports the outbox, open conflicts and refused changes', () => {
    expect(refs(sheet.syncProblems)).toEqual(['outbox', 'conflicts', 'refused:c1:9']);
    expect(sheet.syncProblems.map((i) => i.text)).toEqual([
      '3 项更改待上传，最早于 11/28 07:00',
      '2 项同步冲突待处理',
      '被中心拒绝：警情的更改（11/28 06:00）· 修改人的身份无权进行此项修改',
    ]);
  });

  it('carries no resident name, ID mask, phone or incident description, and is a valid sheet', () => {
    const all = Object.values(sheet)
      .flat()
      .map((i) => i.text)
      .join('\n');
    for (const secret of ['张三', '李四', '赵*明', '钱*', '3502', '138', '139', '聚集，电话', '确诊'])
      expect(all).not.toContain(secret);
    const parsed = handoverSchema.safeParse({
      ...synced(),
      outgoingOfficerId: uuid(),
      shiftStart: SHIFT_START,
      handedAt: HANDED_AT,
      sections: sheet,
      notes: '',
      status: 'awaiting-incoming',
      incomingOfficerId: null,
      incomingSignedAt: null,
    });
    expect(parsed.success).toBe(true);
    expect(handoverCounts(sheet)).toEqual({ items: 3 + 2 + 2 + 2 + 6 + 2 + 3, isNew: 2 + 1 + 2 + 1 + 2 });
  });

  it('leaves out what is unknown or empty: no conflicts line offline, no pending line without pending', () => {
    const quiet = draftHandover(
      {
        ...input,
        openConflicts: null,
        passRegistrations: [],
        outbox: { count: 0, oldestAt: null },
        refused: [],
      },
      handoverWords,
    );
    expect(quiet.syncProblems).toEqual([]);
    expect(quiet.pendingReviews).toEqual([]);
  });
});

describe('caps', () => {
  it(`keeps at most ${HANDOVER_ITEMS_MAX} items a section, the last saying how many more`, () => {
    const many = Array.from({ length: HANDOVER_ITEMS_MAX + 57 }, (_, i) =>
      incident({ reportedAt: T0 + i * 1000, severity: 'low' }),
    );
    const sheet = draftHandover({ ...seededShift().input, incidents: many, findings: [] }, handoverWords);
    expect(sheet.openIncidents).toHaveLength(HANDOVER_ITEMS_MAX);
    expect(sheet.openIncidents.slice(0, -1).map((i) => i.refId)).toEqual(
      many.slice(0, HANDOVER_ITEMS_MAX - 1).map((i) => i.id),
    );
    expect(sheet.openIncidents.at(-1)).toEqual({
      refId: 'more:openIncidents',
      text: '另有 58 项未列出',
      isNew: false,
    });
  });

  it('leaves a section at the limit whole', () => {
    const items = Array.from({ length: HANDOVER_ITEMS_MAX }, (_, i) => ({
      refId: `r${i}`,
      text: 't',
      isNew: false,
    }));
    expect(capItems(items, 's', handoverWords)).toEqual(items);
  });

  it('prints one page: every section gets a line, long ones are cut with a "not printed" count', () => {
    const sheet = draftHandover(seededShift().input, handoverWords);
    const long = {
      ...sheet,
      openIncidents: Array.from({ length: 120 }, (_, i) => ({ refId: `o${i}`, text: 'x', isNew: false })),
    };
    const paper = paperSections(long, '交班备注一行');
    const lines = Object.values(paper).reduce(
      (sum, s) => sum + Math.max(1, s.items.length + (s.unprinted > 0 ? 1 : 0)),
      0,
    );
    expect(lines).toBeLessThanOrEqual(PAPER_ROWS - 1);
    expect(paper.openIncidents.unprinted).toBe(120 - paper.openIncidents.items.length);
    expect(paper.syncProblems).toEqual({ items: sheet.syncProblems, unprinted: 0 });
    expect(paper.levelChanges.items).toHaveLength(2);
  });
});
