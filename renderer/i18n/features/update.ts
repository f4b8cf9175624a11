/**
 * The words of updates (issue 17) shared by screens: each update state and each reason an
 * update was refused (common/update/updateReport.ts), as the chief's device screen and the
 * settings' version section show them. Key prefix: update. zh-CN first; en must have every key.
 * Picked by code through domainWords.ts (updateStateKey, updateRefusalKey).
 */
export const updateZh = {
  'update.state.checked': '已是最新',
  'update.state.available': '有新版本',
  'update.state.downloading': '正在下载',
  'update.state.ready': '待重启安装',
  'update.state.installed': '已安装',
  'update.state.refused': '已拒绝',
  'update.state.error': '检查出错',
  'update.refusal.yml-malformed': '更新说明文件（latest.yml）格式错误',
  'update.refusal.signature-missing': '缺少发布者签名',
  'update.refusal.signature-invalid': '发布者签名无效',
  'update.refusal.statement-mismatch': '更新说明与签名内容不符',
  'update.refusal.file-missing': '安装包缺失',
  'update.refusal.hash-mismatch': '安装包校验值（sha512）不符',
  'update.refusal.older-version': '版本低于当前版本，且频道未固定回退',
  'update.refusal.replayed-statement': '旧的发布声明被重放',
  'update.refusal.wrong-channel': '签名所属频道不符',
  'update.offered': '提供版本 {version}',
  'update.reportedAt': '报告于 {time}',
} as const;

export const updateEn: Record<keyof typeof updateZh, string> = {
  'update.state.checked': 'Up to date',
  'update.state.available': 'Update available',
  'update.state.downloading': 'Downloading',
  'update.state.ready': 'Ready to install',
  'update.state.installed': 'Installed',
  'update.state.refused': 'Refused',
  'update.state.error': 'Check failed',
  'update.refusal.yml-malformed': 'latest.yml is malformed',
  'update.refusal.signature-missing': 'the publisher’s signature is missing',
  'update.refusal.signature-invalid': 'the publisher’s signature is invalid',
  'update.refusal.statement-mismatch': 'latest.yml does not match the signed statement',
  'update.refusal.file-missing': 'the installer file is missing',
  'update.refusal.hash-mismatch': 'the installer’s sha512 does not match',
  'update.refusal.older-version': 'older than the running version on a channel that is not pinned',
  'update.refusal.replayed-statement': 'an older release statement was replayed',
  'update.refusal.wrong-channel': 'signed for another channel',
  'update.offered': 'offered {version}',
  'update.reportedAt': 'reported {time}',
};
