/**
 * Messages of Settings' diagnostics section (issue 14): exporting logs, sync state and
 * versions as one zip for the station's IT. Spread into i18n/zh.ts and en.ts.
 */
export const diagnosticsZh = {
  'diagnostics.title': '诊断信息',
  /** Translator note: "IT" is the station's technical support staff, not the app's developers. */
  'diagnostics.help':
    '同步或导入出错时，可导出诊断信息交给所里的技术保障人员：包含运行日志、同步状态（待上传数、最近同步时间与失败原因）和版本号，不含居民姓名、身份证号、PIN 或凭据。',
  'diagnostics.export': '导出诊断信息',
  'diagnostics.saved': '诊断信息已导出',
  'diagnostics.failed': '诊断信息导出失败',
} as const;

export const diagnosticsEn: Record<keyof typeof diagnosticsZh, string> = {
  'diagnostics.title': 'Diagnostics',
  'diagnostics.help':
    "When a sync or an import goes wrong, export the diagnostics for the station's IT: logs, sync state (changes waiting, last sync and why it failed) and versions. Holds no residents' names, ID numbers, PINs or credentials.",
  'diagnostics.export': 'Export diagnostics',
  'diagnostics.saved': 'Diagnostics exported',
  'diagnostics.failed': 'Could not export the diagnostics',
};
