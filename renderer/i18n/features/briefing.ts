/** Messages of the morning briefing display (早会大屏) (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const briefingZh = {};

export const briefingEn: Record<keyof typeof briefingZh, string> = {};
