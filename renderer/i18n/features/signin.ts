/**
 * Officer sign-in and the lock screen.
 * Key prefixes: signin., lock. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const signinZh = {
  'signin.title': '民警登录',
  'signin.badge': '警号',
  'signin.badge.required': '请输入警号',
  'signin.pin': 'PIN（6 位数字）',
  'signin.pin.format': 'PIN 为 6 位数字',
  'signin.submit': '登录',
  'signin.demo': '演示模式',
  'signin.demo.hint': '本机未登记到中心服务器，使用本地演示数据。每位演示民警的 PIN 均为 135790，例如：',
  'signin.demo.officer': '{role} {name}：警号 {badgeNo}',
  'signin.offlineMode': '离线登录',
  'signin.signOut': '交班/退出',
  'signin.signOut.confirm': '退出登录？未保存的填写内容将丢失。',
  'signin.timeLeft.minutes': '{minutes} 分 {seconds} 秒',
  'signin.timeLeft.seconds': '{seconds} 秒',
  'signin.error.wrong-pin': 'PIN 不正确',
  'signin.error.wrong-pin.tries': 'PIN 不正确，还可尝试 {tries} 次，之后该警号将被锁定',
  'signin.error.unknown-badge': '警号不存在或未登记',
  'signin.error.unknown-badge.tries': '警号不存在或未登记，还可尝试 {tries} 次',
  'signin.error.locked': '该警号因多次输错 PIN 已被锁定，请 {left} 后再试',
  'signin.error.inactive': '该民警账号已停用，不能登录。请联系所长。',
  'signin.error.display-device': '本机登记为简报屏，不能登录民警。',
  'signin.error.never-online':
    '该警号从未在本工作站联网登录，无法离线验证 PIN。请在连接中心服务器后登录一次，之后即可离线登录。',
  'signin.error.device-unauthorised':
    '中心服务器拒绝了本工作站的凭证（已吊销或过期）。请联系所长重新登记本机。',
  'signin.error.bad-input': '请输入警号（4–12 位数字或大写字母）和 6 位数字 PIN',
  'signin.error.server-error': '中心服务器出错，请稍后再试（{message}）',
  'lock.button': '锁屏',
  'lock.title': '屏幕已锁定',
  'lock.officer': '当前登录：{name}（警号 {badgeNo}）',
  'lock.handoverHint': '本人输入 PIN 解锁，填写中的内容保留；其他民警输入本人警号和 PIN 即为交接班。',
  'lock.unlock': '解锁',
} as const;

export const signinEn: Record<keyof typeof signinZh, string> = {
  'signin.title': 'Officer sign-in',
  'signin.badge': 'Badge number',
  'signin.badge.required': 'Enter your badge number',
  'signin.pin': 'PIN (6 digits)',
  'signin.pin.format': 'The PIN is 6 digits',
  'signin.submit': 'Sign in',
  'signin.demo': 'Demo mode',
  'signin.demo.hint':
    'This workstation is not enrolled with a central server and runs on local demo data. Every demo officer’s PIN is 135790, for example:',
  'signin.demo.officer': '{role} {name}: badge {badgeNo}',
  'signin.offlineMode': 'Signed in offline',
  'signin.signOut': 'Hand over / sign out',
  'signin.signOut.confirm': 'Sign out? Anything not yet saved will be lost.',
  'signin.timeLeft.minutes': '{minutes} min {seconds} s',
  'signin.timeLeft.seconds': '{seconds} s',
  'signin.error.wrong-pin': 'Wrong PIN',
  'signin.error.wrong-pin.tries': 'Wrong PIN; {tries} tries left before this badge is locked',
  'signin.error.unknown-badge': 'Unknown badge number',
  'signin.error.unknown-badge.tries': 'Unknown badge number; {tries} tries left',
  'signin.error.locked': 'This badge is locked after too many wrong PINs; try again in {left}',
  'signin.error.inactive': 'This officer’s account is inactive. Ask the station chief.',
  'signin.error.display-device':
    'This device is enrolled as a briefing display; officers can’t sign in here.',
  'signin.error.never-online':
    'This badge has never signed in online at this workstation, so its PIN can’t be checked offline. Sign in once while connected to the central server.',
  'signin.error.device-unauthorised':
    'The central server refused this workstation’s credential (revoked or expired). Ask the station chief to enrol it again.',
  'signin.error.bad-input': 'Enter a badge number (4–12 digits or capitals) and a 6-digit PIN',
  'signin.error.server-error': 'The central server failed; try again later ({message})',
  'lock.button': 'Lock',
  'lock.title': 'Screen locked',
  'lock.officer': 'Signed in: {name} (badge {badgeNo})',
  'lock.handoverHint':
    'Your PIN unlocks, with anything half-typed kept; another officer’s badge and PIN is a handover.',
  'lock.unlock': 'Unlock',
};
