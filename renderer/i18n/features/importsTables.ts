/**
 * The table importer's file handling: CSV/XLSX limits, zip-bomb refusals, CSV structure by line, progress.
 * Key prefixes: importsTables. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const importsTablesZh = {
  'importsTables.reading.figures': '正在读取：已读 {done} MB，共 {total} MB',
  'importsTables.reading.cancel': '取消读取',
  'importsTables.reading.cancelled': '已取消读取文件，未写入任何数据。',
  'importsTables.issue.zip-not-zip':
    '不是有效的 Excel（.xlsx）文件：文件末尾没有 ZIP 目录（文件不完整，或并非 .xlsx）。如果它其实是 CSV 文件，请把扩展名改为 .csv。',
  'importsTables.issue.zip-too-many-entries':
    'Excel 文件内含 {count} 个部件（上限 {limit} 个），不是普通的表格文件，已拒绝读取。',
  'importsTables.issue.zip-too-large':
    'Excel 文件解压后共 {declaredMb} MB，超过上限 {limitMb} MB，已在解压前拒绝。请删除多余的工作表、图片，或把数据分成几个文件。',
  'importsTables.issue.zip-ratio':
    'Excel 文件的压缩比异常（{ratio}:1，上限 {limit}:1），可能是“压缩炸弹”，已在解压前拒绝。请用 Excel 打开后另存为新的 .xlsx 文件。',
  'importsTables.issue.zip-inconsistent':
    'Excel 文件的目录与其内容不一致（已损坏或被篡改），已拒绝读取。请用 Excel 打开后另存为新的 .xlsx 文件。',
  'importsTables.issue.csv-is-xlsx':
    '这其实是 Excel（.xlsx）文件，但扩展名是 .csv。请把扩展名改回 .xlsx 后重新选择。',
  'importsTables.issue.csv-is-xls':
    '这是旧版 Excel（.xls）文件。请在 Excel 中另存为 .xlsx 或 CSV 后重新选择。',
  'importsTables.issue.binary-file':
    '不是文本表格：文件含有二进制内容（可能是图片、文档或程序改了扩展名）。请选择 CSV 或 .xlsx 文件。',
  'importsTables.issue.unclosed-quote':
    '第 {line} 行有一个双引号没有闭合，其后的全部内容都会被当作同一个单元格。请检查该行的双引号是否成对。',
  'importsTables.issue.line-too-long': '第 {line} 行超过 400 万个字符，不是正常的表格行（文件可能已损坏）。',
  'importsTables.issue.file-not-readable':
    '文件无法读取：选择后已被移动、修改或被其他程序占用。请重新选择文件。',
  'importsTables.issue.too-few-fields':
    '本行只有 {found} 列，表头有 {expected} 列。请补齐缺少的列，或检查是否有多余的换行把一行拆成了两行。',
  'importsTables.issue.too-many-fields':
    '本行有 {found} 列，比表头的 {expected} 列多。请检查是否有多余的分隔符：含逗号的内容须用双引号括起来。',
  'importsTables.issue.bad-quote': '双引号格式错误：带引号的内容里，引号本身须写成两个（""）。',
  'importsTables.issue.undecodable':
    '含有无法按 {encoding} 编码读取的字节（文件可能已损坏）。请修正该行，或重新导出文件。',
  'importsTables.issue.mixed-encoding':
    '本行是 {encoding} 编码，而整个文件是 {file} 编码（文件可能由两种来源拼接而成）。请统一编码后另存。',
} as const;

export const importsTablesEn: Record<keyof typeof importsTablesZh, string> = {
  'importsTables.reading.figures': 'Reading: {done} MB of {total} MB',
  'importsTables.reading.cancel': 'Cancel reading',
  'importsTables.reading.cancelled': 'Reading the file was cancelled. Nothing was written.',
  'importsTables.issue.zip-not-zip':
    'Not a valid Excel (.xlsx) file: no ZIP directory at its end (incomplete, or not .xlsx). If it is really a CSV file, rename it to .csv.',
  'importsTables.issue.zip-too-many-entries':
    'The Excel file holds {count} parts (limit {limit}); not an ordinary spreadsheet, refused.',
  'importsTables.issue.zip-too-large':
    'The Excel file unpacks to {declaredMb} MB, over the {limitMb} MB limit; refused before unpacking. Remove extra sheets or images, or split the data into several files.',
  'importsTables.issue.zip-ratio':
    'The Excel file’s compression ratio is abnormal ({ratio}:1, limit {limit}:1), as in a zip bomb; refused before unpacking. Open it in Excel and save it as a new .xlsx.',
  'importsTables.issue.zip-inconsistent':
    'The Excel file’s directory disagrees with its contents (damaged or tampered with); refused. Open it in Excel and save it as a new .xlsx.',
  'importsTables.issue.csv-is-xlsx':
    'This is an Excel (.xlsx) file named .csv. Rename it back to .xlsx and pick it again.',
  'importsTables.issue.csv-is-xls':
    'This is an old Excel (.xls) file. Save it as .xlsx or CSV in Excel and pick it again.',
  'importsTables.issue.binary-file':
    'Not a text table: the file holds binary content (a picture, document or program renamed). Choose a CSV or .xlsx file.',
  'importsTables.issue.unclosed-quote':
    'A double quote on line {line} is never closed, so everything after it would be one cell. Check that the quotes on that line come in pairs.',
  'importsTables.issue.line-too-long':
    'Line {line} is over 4 million characters: not a table row (the file may be damaged).',
  'importsTables.issue.file-not-readable':
    'The file cannot be read: it was moved, changed or locked by another program after it was picked. Pick it again.',
  'importsTables.issue.too-few-fields':
    'This row has {found} columns; the header has {expected}. Fill in the missing columns, or look for a line break that split the row in two.',
  'importsTables.issue.too-many-fields':
    'This row has {found} columns, more than the header’s {expected}. Look for an extra delimiter: text containing a comma must be in double quotes.',
  'importsTables.issue.bad-quote':
    'Malformed double quote: inside quoted text, a quote must be written twice ("").',
  'importsTables.issue.undecodable':
    'Holds bytes that are not {encoding} text (the file may be damaged). Fix the line or export the file again.',
  'importsTables.issue.mixed-encoding':
    'This line is {encoding} while the file is {file} (the file may have been pasted together from two sources). Save it in one encoding.',
};
