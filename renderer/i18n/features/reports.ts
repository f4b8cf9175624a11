/** Messages of the daily report (日报), its exports and archive (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const reportsZh = {};

export const reportsEn: Record<keyof typeof reportsZh, string> = {};
