/** Messages of the audit log screen (zh-CN first; en must have every key). Spread into i18n/zh.ts and en.ts. */
export const auditZh = {};

export const auditEn: Record<keyof typeof auditZh, string> = {};
