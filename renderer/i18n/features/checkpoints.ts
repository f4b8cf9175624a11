/** Messages of the checkpoints feature (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const checkpointsZh = {} as const;

export const checkpointsEn: Record<keyof typeof checkpointsZh, string> = {};
