/**
 * The duty handover 交接班: the drafted sheet, its sections, the incoming officer's signature
 * and the 交接班记录 list. Key prefix: handover. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const handoverZh = {
  'handover.status.awaiting-incoming': '待接班签字',
  'handover.status.signed': '已签字',
  'handover.section.openIncidents': '未结警情',
  'handover.section.resolvedIncidents': '本班已处置警情',
  'handover.section.levelChanges': '管控等级变更',
  'handover.section.rosterGaps': '未来12小时卡口空岗',
  'handover.section.pendingReviews': '待审核通行证',
  'handover.section.followUpsDue': '待办跟进',
  'handover.section.syncProblems': '同步问题',
} as const;

export const handoverEn: Record<keyof typeof handoverZh, string> = {
  'handover.status.awaiting-incoming': 'Awaiting incoming signature',
  'handover.status.signed': 'Signed',
  'handover.section.openIncidents': 'Open incidents',
  'handover.section.resolvedIncidents': 'Incidents resolved this shift',
  'handover.section.levelChanges': 'Control-level changes',
  'handover.section.rosterGaps': 'Checkpoint gaps in the next 12 hours',
  'handover.section.pendingReviews': 'Pass registrations awaiting review',
  'handover.section.followUpsDue': 'Follow-ups due',
  'handover.section.syncProblems': 'Sync problems',
};
