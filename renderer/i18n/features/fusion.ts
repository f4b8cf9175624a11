/**
 * Fusion findings 三数据融合 (standard address + sweeps + health code): the four kinds, the
 * sweeps tab, the map layer, the KPI tile and the report and briefing lines.
 * Key prefix: fusion. zh-CN first; en must have every key. Spread into i18n/zh.ts and en.ts.
 */
export const fusionZh = {
  'fusion.kind.suspected-unregistered': '疑似未登记',
  'fusion.kind.unswept': '未摸排',
  'fusion.kind.address-irregular': '地址不规范',
  'fusion.kind.code-in-zone': '红黄码在管控区',
} as const;

export const fusionEn: Record<keyof typeof fusionZh, string> = {
  'fusion.kind.suspected-unregistered': 'Suspected unregistered',
  'fusion.kind.unswept': 'Not swept',
  'fusion.kind.address-irregular': 'Irregular address',
  'fusion.kind.code-in-zone': 'Red/yellow code in a controlled zone',
};
