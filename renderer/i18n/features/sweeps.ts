/** Messages of the sweeps feature (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const sweepsZh = {} as const;

export const sweepsEn: Record<keyof typeof sweepsZh, string> = {};
