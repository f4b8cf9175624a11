/**
 * The app's frame: its title, the navigation and the shell's header line.
 * Key prefixes: app., nav., shell. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const appZh = {
  'app.title': '网格态势室',
  'app.subtitle': 'Gridroom',
  'nav.import': '导入导出',
  'nav.admin': '设备管理',
  'nav.board': '态势',
  'nav.grids': '网格',
  // 摸排：民警逐户上门核查登记（door-to-door sweep），不是“搜查”。导航栏按钮窄，保持两字。
  'nav.sweeps': '摸排',
  // 卡口：小区/道路出入口的管控岗（checkpoint），不是“海关口岸”。导航栏按钮窄，保持两字。
  'nav.checkpoints': '卡口',
  'nav.passes': '通行证审核',
  'nav.incidents': '警情',
  // 检测点：核酸采样点（testing site），不是“检查站”。
  'nav.sites': '检测点',
  'nav.reports': '报告',
  // 早会大屏：晨会时投到大屏幕上的简报（briefing display）。
  'nav.briefing': '早会大屏',
  'nav.settings': '设置',
  'nav.comingSoon': '此功能即将上线。',
  'nav.conflicts': '冲突',
  'nav.audit': '审计',
  'shell.dataAsOf': '数据截至 {time}',
  'shell.language': '语言',
  'shell.offline': '离线运行',
} as const;

export const appEn: Record<keyof typeof appZh, string> = {
  'app.title': 'Gridroom',
  'app.subtitle': '网格态势室',
  'nav.import': 'Import & export',
  'nav.admin': 'Devices',
  'nav.board': 'Situation',
  'nav.grids': 'Grids',
  'nav.sweeps': 'Sweeps',
  'nav.checkpoints': 'Checkpoints',
  'nav.passes': 'Pass review',
  'nav.incidents': 'Incidents',
  'nav.sites': 'Testing sites',
  'nav.reports': 'Reports',
  'nav.briefing': 'Briefing display',
  'nav.settings': 'Settings',
  'nav.comingSoon': 'This screen is coming soon.',
  'nav.conflicts': 'Conflicts',
  'nav.audit': 'Audit log',
  'shell.dataAsOf': 'Data as of {time}',
  'shell.language': 'Language',
  'shell.offline': 'Working offline',
};
