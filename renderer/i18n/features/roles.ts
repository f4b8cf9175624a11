/**
 * Officers' roles and what a role may not do.
 * Key prefixes: roles. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const rolesZh = {
  'roles.label': '角色',
  'roles.duty-officer': '值班民警',
  'roles.station-chief': '所长',
  'roles.briefing': '简报屏',
  'roles.forbidden': '当前角色（{role}）无权进行此操作，未保存。',
} as const;

export const rolesEn: Record<keyof typeof rolesZh, string> = {
  'roles.label': 'Role',
  'roles.duty-officer': 'Duty officer',
  'roles.station-chief': 'Station chief',
  'roles.briefing': 'Briefing display',
  'roles.forbidden': 'Your role ({role}) may not do this; nothing was saved.',
};
