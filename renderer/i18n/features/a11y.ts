/**
 * Messages read by screen readers only (accessible names and text summaries of charts, issue 14
 * deliverable 6). zh-CN first; en must have every key. Spread into i18n/zh.ts and en.ts.
 */
export const a11yZh = {
  /** A field in a table row: the row's name, then the column's field (e.g. a site's queue). */
  'a11y.rowField': '{row}：{field}',
  /** Name of a coverage bar: the grid, then "coverage". */
  'a11y.gridCoverage': '{grid} 摸排覆盖率',
  /** Name of a campaign's progress bar. */
  'a11y.campaignProgress': '{campaign} 进度',
  /** Names of an import's progress bars: reading the file, checking the rows, writing them. */
  'a11y.progress.reading': '读取文件进度',
  'a11y.progress.checking': '校验进度',
  'a11y.progress.writing': '写入进度',
  /** Chart summaries (chartSummaries.ts): where a campaign stands on its last day. */
  'a11y.chart.burnUp': '截至 {day}，已走访 {visited} 户，范围内共 {total} 户。',
  'a11y.chart.burnUp.empty': '暂无摸排数据。',
  /** {list}: grid code, name and coverage of each grid, lowest first, joined by a11y.listSeparator. */
  'a11y.chart.coverage': '覆盖率最低的网格：{list}。',
  'a11y.chart.coverage.empty': '没有参与摸排的网格。',
  /** {hour}: the start of the busiest clock hour, e.g. 21:00. */
  'a11y.chart.incidents': '共 {total} 起警情，最多的时段为 {hour}，{count} 起。',
  'a11y.chart.incidents.empty': '这段时间没有警情。',
  'a11y.listSeparator': '、',
} as const;

export const a11yEn: Record<keyof typeof a11yZh, string> = {
  'a11y.rowField': '{row}: {field}',
  'a11y.gridCoverage': 'Sweep coverage of {grid}',
  'a11y.campaignProgress': 'Progress of {campaign}',
  'a11y.progress.reading': 'Reading the file',
  'a11y.progress.checking': 'Checking progress',
  'a11y.progress.writing': 'Writing progress',
  'a11y.chart.burnUp': 'By {day}, {visited} of the {total} households in scope were visited.',
  'a11y.chart.burnUp.empty': 'No sweep data yet.',
  'a11y.chart.coverage': 'Grids with the lowest coverage: {list}.',
  'a11y.chart.coverage.empty': 'No grid is in a sweep.',
  'a11y.chart.incidents': '{total} incidents; the busiest hour was {hour}, with {count}.',
  'a11y.chart.incidents.empty': 'No incidents in this period.',
  'a11y.listSeparator': ', ',
};
