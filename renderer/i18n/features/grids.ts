/** Messages of the grids feature (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const gridsZh = {} as const;

export const gridsEn: Record<keyof typeof gridsZh, string> = {};
