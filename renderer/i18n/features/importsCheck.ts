/**
 * Messages of the import check and apply added for issue 13: why a file was refused (parser
 * facts in words), geometry types, the apply's re-check (plan changed) and apply failures in
 * words. zh-CN first; en must have every key. Spread into i18n/zh.ts and en.ts.
 */
export const importsCheckZh = {
  'imports.unreadable.json.at': 'JSON 格式错误：第 {line} 行第 {column} 列附近{what}。',
  'imports.unreadable.json.position': 'JSON 格式错误：第 {position} 个字符附近{what}。',
  'imports.unreadable.json.token': 'JSON 格式错误：出现了不该出现的字符“{token}”。',
  'imports.unreadable.json.end': 'JSON 不完整：文件在内容结束之前就结束了（可能被截断）。',
  'imports.unreadable.json.other': 'JSON 格式错误，无法读取。',
  'imports.unreadable.what.commaOrBrace': '，缺少逗号“,”或右花括号“}”',
  'imports.unreadable.what.commaOrBracket': '，缺少逗号“,”或右方括号“]”',
  'imports.unreadable.what.propertyName': '，属性名须用英文双引号括起（或多了一个逗号）',
  'imports.unreadable.what.colon': '，属性名后缺少冒号“:”',
  'imports.unreadable.what.trailing': '，JSON 结束后还有多余内容',
  'imports.unreadable.what.string': '，字符串未结束或含有未转义的字符',
  'imports.unreadable.what.number': '，数字格式错误',
  'imports.unreadable.xml.unclosed': 'XML 标签 <{tag}> 未闭合。',
  'imports.unreadable.xml.mismatch': 'XML 标签 <{tag}> 未闭合（在它结束之前遇到了 </{other}>）。',
  'imports.unreadable.xml.other': 'XML 格式错误，不是格式正确的 KML 文件。',
  'imports.unreadable.doctype': '文件含 DOCTYPE 声明，出于安全原因不予读取。',
  'imports.unreadable.binary':
    '这不是文本表格，而是压缩文件（例如改了扩展名的 Excel 文件）：请用 .xlsx 扩展名选择，或另存为 CSV。',
  'imports.unreadable.other': '文件内容格式错误，无法读取。',


  'imports.planChanged.title': '检查后本地数据已变化（如同步），请重新检查',
  'imports.planChanged.body':
    '未写入任何数据。已按当前本地数据重新检查，下面是新的检查结果；确认无误后可再次导入。',
  'imports.planChanged.counts':
    '新增 {createsBefore} → {createsAfter}，更新 {updatesBefore} → {updatesAfter}，无变化 {unchangedBefore} → {unchangedAfter}，问题 {issuesBefore} → {issuesAfter}。',
  'imports.planChanged.taken.grids': '检查后本地已出现 {total} 个相同编码的网格：{list}',
  'imports.planChanged.taken.households': '检查后本地已出现 {total} 个相同的标准地址：{list}',
  'imports.planChanged.more': '等',

  'imports.failed.duplicate': '网格编码或标准地址与本地已有数据重复，导入已撤销，未写入任何数据。',
  'imports.failed.detail.deleted': '要更新的记录已被删除（可能是同步所致），请重新检查',
  'imports.failed.detail.serverField': '字段“{field}”由中心维护，不能由导入修改',
  'imports.failed.detail.schema': '字段“{field}”的值不符合要求',
  'imports.failed.detail.step.not-read': '尚未读取文件',
  'imports.failed.detail.step.not-checked': '尚未检查，或检查结果已用过',
  'imports.failed.detail.step.has-issues': '检查发现问题',
  'imports.failed.detail.step.nothing-to-do': '没有需要写入的变化',
  'imports.failed.detail.storage': '本地缓存写入失败',
};

export const importsCheckEn: Record<keyof typeof importsCheckZh, string> = {
  'imports.unreadable.json.at': 'Malformed JSON near line {line}, column {column}{what} ({reason}).',
  'imports.unreadable.json.position': 'Malformed JSON near character {position}{what} ({reason}).',
  'imports.unreadable.json.token': 'Malformed JSON: unexpected character “{token}” ({reason}).',
  'imports.unreadable.json.end': 'Incomplete JSON: the file ends before its content does (truncated?).',
  'imports.unreadable.json.other': 'Malformed JSON ({reason}).',
  'imports.unreadable.what.commaOrBrace': ': a “,” or “}” is missing',
  'imports.unreadable.what.commaOrBracket': ': a “,” or “]” is missing',
  'imports.unreadable.what.propertyName': ': property names need double quotes (or there is a stray comma)',
  'imports.unreadable.what.colon': ': a “:” is missing after a property name',
  'imports.unreadable.what.trailing': ': there is more after the JSON',
  'imports.unreadable.what.string': ': a string is unterminated or holds an unescaped character',
  'imports.unreadable.what.number': ': a malformed number',
  'imports.unreadable.xml.unclosed': 'XML tag <{tag}> is not closed.',
  'imports.unreadable.xml.mismatch': 'XML tag <{tag}> is not closed (found </{other}> first).',
  'imports.unreadable.xml.other': 'Malformed XML, not a well-formed KML file ({reason}).',
  'imports.unreadable.doctype':
    'The file has a DOCTYPE declaration, which is not allowed for security reasons.',
  'imports.unreadable.binary':
    'Not a text table but a compressed file (an Excel file renamed?): choose it as .xlsx, or save it as CSV.',
  'imports.unreadable.other': 'The file is malformed and cannot be read ({reason}).',


  'imports.planChanged.title': 'The local data changed after the check (e.g. a sync): check again',
  'imports.planChanged.body':
    'Nothing was written. The file was checked again against the current local data; the new result is below. Import again once it looks right.',
  'imports.planChanged.counts':
    'New {createsBefore} → {createsAfter}, updated {updatesBefore} → {updatesAfter}, unchanged {unchangedBefore} → {unchangedAfter}, problems {issuesBefore} → {issuesAfter}.',
  'imports.planChanged.taken.grids': '{total} grid codes now exist locally: {list}',
  'imports.planChanged.taken.households': '{total} standard addresses now exist locally: {list}',
  'imports.planChanged.more': 'and more',

  'imports.failed.duplicate':
    'A grid code or standard address duplicates local data; the import was undone. Nothing was written.',
  'imports.failed.detail.deleted': 'a record to update was deleted meanwhile (a sync?): {message}',
  'imports.failed.detail.serverField': '{message}',
  'imports.failed.detail.schema': '{message}',
  'imports.failed.detail.step.not-read': '{message}',
  'imports.failed.detail.step.not-checked': '{message}',
  'imports.failed.detail.step.has-issues': '{message}',
  'imports.failed.detail.step.nothing-to-do': '{message}',
  'imports.failed.detail.storage': '{message}',
};
