/**
 * Messages of issue 12's client side (zh-CN first; en must have every key): the chief's admin
 * screen (devices, enrolment codes, PIN reset), the centre's audit tab, refused changes, the
 * keychain notice and the basemap origin confirmation. Spread into i18n/zh.ts and en.ts.
 */
export const trustZh = {
  'basemap.activateDeclined': '未确认允许访问该瓦片服务地址，底图未更改（需在桌面程序弹出的确认框中选择“允许”）',
  'trust.keychain.title': '系统钥匙串不可用，设备凭据只保存在内存中',
  'trust.keychain.weakBackend':
    '系统钥匙串不可用：本机只提供 basic_text（固定密钥，不能保护凭据），因此设备凭据没有写入磁盘。下次启动本程序时需要重新登记本工作站。请联系管理员为本机配置 GNOME 钥匙串或 KWallet。',
  'trust.keychain.noEncryption':
    '系统钥匙串不可用，设备凭据没有写入磁盘。下次启动本程序时需要重新登记本工作站。',
} as const;

export const trustEn: Record<keyof typeof trustZh, string> = {
  'basemap.activateDeclined':
    'Access to this tile server was not confirmed; the basemap is unchanged (choose “Allow” in the desktop app’s dialog)',
  'trust.keychain.title': 'No OS keychain: the device credential is kept in memory only',
  'trust.keychain.weakBackend':
    'No OS keychain: this computer offers only basic_text (a fixed key that protects nothing), so the device credential was not written to disk. Enrol this workstation again at the next start. Ask the administrator to set up GNOME Keyring or KWallet.',
  'trust.keychain.noEncryption':
    'No OS keychain: the device credential was not written to disk. Enrol this workstation again at the next start.',
};
