/**
 * The words of a workstation's update report on the chief's device screen (issue 17): each
 * reported state and each reason an update was refused (common/update/updateReport.ts), the
 * version offered and when it was reported. Key prefix: deviceUpdate. zh-CN first; en must have
 * every key. Picked by code through domainWords.ts (deviceUpdateStateKey, deviceUpdateRefusalKey).
 */
export const deviceUpdateZh = {
  'deviceUpdate.state.checked': '已是最新',
  'deviceUpdate.state.available': '有新版本',
  'deviceUpdate.state.downloading': '正在下载',
  'deviceUpdate.state.ready': '待重启安装',
  'deviceUpdate.state.installed': '已安装',
  'deviceUpdate.state.refused': '已拒绝',
  'deviceUpdate.state.error': '检查出错',
  'deviceUpdate.refusal.yml-malformed': '更新说明文件（latest.yml）格式错误',
  'deviceUpdate.refusal.signature-missing': '缺少发布者签名',
  'deviceUpdate.refusal.signature-invalid': '发布者签名无效',
  'deviceUpdate.refusal.statement-mismatch': '更新说明与签名内容不符',
  'deviceUpdate.refusal.file-missing': '安装包缺失',
  'deviceUpdate.refusal.hash-mismatch': '安装包校验值（sha512）不符',
  'deviceUpdate.refusal.older-version': '版本低于当前版本，且频道未固定回退',
  'deviceUpdate.refusal.replayed-statement': '旧的发布声明被重放',
  'deviceUpdate.refusal.wrong-channel': '签名所属频道不符',
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
  'deviceUpdate.refusal.yml-malformed': 'latest.yml is malformed',
  'deviceUpdate.refusal.signature-missing': 'the publisher’s signature is missing',
  'deviceUpdate.refusal.signature-invalid': 'the publisher’s signature is invalid',
  'deviceUpdate.refusal.statement-mismatch': 'latest.yml does not match the signed statement',
  'deviceUpdate.refusal.file-missing': 'the installer file is missing',
  'deviceUpdate.refusal.hash-mismatch': 'the installer’s sha512 does not match',
  'deviceUpdate.refusal.older-version': 'older than the running version on a channel that is not pinned',
  'deviceUpdate.refusal.replayed-statement': 'an older release statement was replayed',
  'deviceUpdate.refusal.wrong-channel': 'signed for another channel',
  'deviceUpdate.offered': 'offered {version}',
  'deviceUpdate.reportedAt': 'reported {time}',
};
