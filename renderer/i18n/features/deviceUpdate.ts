/**
 * The words of a workstation's update report on the chief's device screen (issue 17): each
 * reported state (common/update/updateReport.ts), the version offered and when it was reported.
 * Key prefix: deviceUpdate. zh-CN first; en must have every key. Picked by code through
 * domainWords.ts deviceUpdateStateKey; refusals share the 版本 section's words (updateRefusalKey).
 */
export const deviceUpdateZh = {
  'deviceUpdate.state.checked': '已是最新',
  'deviceUpdate.state.available': '有新版本',
  'deviceUpdate.state.downloading': '正在下载',
  'deviceUpdate.state.ready': '待重启安装',
  'deviceUpdate.state.installed': '已安装',
  'deviceUpdate.state.refused': '已拒绝',
  'deviceUpdate.state.error': '检查出错',
  'deviceUpdate.offered': '提供版本 {version}',
  'deviceUpdate.reportedAt': '报告于 {time}',
} as const;

export const deviceUpdateEn: Record<keyof typeof deviceUpdateZh, string> = {
  'deviceUpdate.state.checked': 'Up to date',
  'deviceUpdate.state.available': 'Update available',
  'deviceUpdate.state.downloading': 'Downloading',
  'deviceUpdate.state.ready': 'Ready to install',
  'deviceUpdate.state.installed': 'Installed',
  'deviceUpdate.state.refused': 'Refused',
  'deviceUpdate.state.error': 'Check failed',
  'deviceUpdate.offered': 'offered {version}',
  'deviceUpdate.reportedAt': 'reported {time}',
};
