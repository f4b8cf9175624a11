/**
 * Trust notices: the keychain, refused changes and why the centre refused them.
 * Key prefixes: trust. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const trustZh = {
  'trust.keychain.title': '系统钥匙串不可用，设备凭据只保存在内存中',
  'trust.keychain.weakBackend':
    '系统钥匙串不可用：本机只提供 basic_text（固定密钥，不能保护凭据），因此设备凭据没有写入磁盘。下次启动本程序时需要重新登记本工作站。请联系管理员为本机配置 GNOME 钥匙串或 KWallet。',
  'trust.keychain.noEncryption':
    '系统钥匙串不可用，设备凭据没有写入磁盘。下次启动本程序时需要重新登记本工作站。',
  'trust.officer.unknown': '未知民警 {id}',
  'trust.refused.title': '被中心拒绝的修改',
  'trust.refused.help': '以下修改在上传时被中心拒绝，本机已恢复为中心的数据。请核对后处理，处理完毕可移除。',
  'trust.refused.none': '没有被中心拒绝的修改',
  'trust.refused.change': '修改内容',
  'trust.refused.madeBy': '修改人',
  'trust.refused.reason': '拒绝原因',
  'trust.refused.dismiss': '移除',
  'trust.refused.count': '被拒 {n}',
  'trust.refusal.invalid': '修改后的记录不符合数据规则',
  'trust.refusal.role-forbidden': '修改人的身份无权进行此项修改',
  'trust.refusal.officer-unknown': '修改人不是本所民警',
  'trust.refusal.officer-inactive': '修改人的账号在修改前已被停用',
  'trust.refusal.officer-not-signed-in': '修改人从未在本工作站联网登录，中心无法确认是本人修改',
  'trust.refusal.pass-code-zone': '红码、黄码人员所在网格为封控区或管控区，通行证不能通过',
  'trust.refusal.unknown': '中心拒绝了此修改',
} as const;

export const trustEn: Record<keyof typeof trustZh, string> = {
  'trust.keychain.title': 'No OS keychain: the device credential is kept in memory only',
  'trust.keychain.weakBackend':
    'No OS keychain: this computer offers only basic_text (a fixed key that protects nothing), so the device credential was not written to disk. Enrol this workstation again at the next start. Ask the administrator to set up GNOME Keyring or KWallet.',
  'trust.keychain.noEncryption':
    'No OS keychain: the device credential was not written to disk. Enrol this workstation again at the next start.',
  'trust.officer.unknown': 'Unknown officer {id}',
  'trust.refused.title': 'Changes refused by the centre',
  'trust.refused.help':
    'The centre refused these changes when they were uploaded; this workstation now shows the centre’s data again. Check them, then dismiss.',
  'trust.refused.none': 'No changes refused by the centre',
  'trust.refused.change': 'Change',
  'trust.refused.madeBy': 'Made by',
  'trust.refused.reason': 'Why refused',
  'trust.refused.dismiss': 'Dismiss',
  'trust.refused.count': 'Refused {n}',
  'trust.refusal.invalid': 'The changed record breaks the data rules',
  'trust.refusal.role-forbidden': 'The officer’s role may not make this change',
  'trust.refusal.officer-unknown': 'The officer is not of this station',
  'trust.refusal.officer-inactive': 'The officer’s account had been deactivated before the change was made',
  'trust.refusal.officer-not-signed-in':
    'The officer never signed in online at this workstation, so the centre cannot confirm it was them',
  'trust.refusal.pass-code-zone':
    'A red or yellow health code cannot be approved while its grid is sealed or controlled',
  'trust.refusal.unknown': 'The centre refused this change',
};
