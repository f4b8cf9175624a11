/** Messages of incident creation and alerts (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const incidentsZh = {};

export const incidentsEn: Record<keyof typeof incidentsZh, string> = {};
