/**
 * Grid-file import of real-world files: reading notices, geometry issues and types, coordinate systems (BD-09, GCJ-02).
 * Key prefixes: importsGeo. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const importsGeoZh = {
  'importsGeo.notice.title': '读取时已自动处理（不影响导入）：',
  'importsGeo.notice.altitude-dropped':
    '{features} 个要素的坐标带有高程值（共 {positions} 个点），已忽略高程，只保留经纬度。',
  'importsGeo.notice.measure-dropped':
    '{features} 个要素的坐标带有高程或 M 值（共 {positions} 个点），已忽略，只保留经纬度。',
  'importsGeo.notice.repeated-positions-dropped': '去掉了 {positions} 个与前一点完全相同的重复点。',
  'importsGeo.issue.json-invalid': '不是有效的文件内容：JSON 格式错误，位于第 {line} 行第 {column} 列附近。',
  'importsGeo.issue.json-truncated':
    '不是有效的文件内容：JSON 在第 {line} 行意外结束，文件可能未保存或复制完整。',
  'importsGeo.issue.xml-doctype':
    '不是有效的文件内容：文件含有 DOCTYPE/ENTITY 声明，出于安全原因不予读取（KML 不需要它们）。',
  'importsGeo.issue.xml-unclosed':
    '不是有效的文件内容：KML 标签 {tags} 没有结束（文件在第 {line} 行第 {column} 列处结束），文件可能不完整。',
  'importsGeo.issue.xml-mismatch':
    '不是有效的文件内容：KML 第 {line} 行第 {column} 列的结束标签 </{close}> 与开始标签 <{open}> 不一致。',
  'importsGeo.issue.xml-invalid':
    '不是有效的文件内容：KML（XML）格式错误，位于第 {line} 行第 {column} 列附近。',
  'importsGeo.issue.not-polygon': '几何类型为“{type}”，不是面：网格边界须为面或多面。',
  'importsGeo.issue.no-geometry': '该要素没有几何图形（或坐标无法读取），不能作为网格边界。',
  'importsGeo.issue.ring-open': '边界未闭合：环的最后一个点须与第一个点相同。',
  'importsGeo.issue.ring-too-short':
    '边界点数不足：一个环只有 {count} 个点，至少需要 4 个（含与起点相同的闭合点）。',
  'importsGeo.issue.coordinate-not-number': '坐标不是有效数字（{value}）。',
  'importsGeo.issue.coordinate-out-of-range': '坐标超出范围（{value}）：经度须在 ±180、纬度须在 ±90 之间。',
  'importsGeo.issue.zero-area': '第 {ring} 个环面积为零（所有点在一条线上）。',
  'importsGeo.issue.too-many-vertices':
    '边界点数过多：{count} 个（每个网格上限 {limit} 个），请先抽稀后再导入。',
  'importsGeo.issue.self-intersection': '边界自相交或自相切（交点 {at}）：请在出现交叉的位置修正边界。',
  'importsGeo.issue.outside-district':
    '文件中所有要素都不在本所辖区范围内（距辖区约 {km} 公里），请确认文件是否属于本所。',
  'importsGeo.issue.looks-shifted':
    '按当前坐标系，只有 {insideAsIs}% 的边界点落在本所辖区内；若按 {crs} 转换，则有 {inside}% 落在辖区内。文件很可能来自网络地图。',
  'importsGeo.shifted.convert': '按 {crs} 转换并重新检查',
  'importsGeo.geometry.none': '无几何',
  'importsGeo.geometry.Point': '点',
  'importsGeo.geometry.MultiPoint': '多点',
  'importsGeo.geometry.LineString': '线',
  'importsGeo.geometry.MultiLineString': '多线',
  'importsGeo.geometry.Polygon': '面',
  'importsGeo.geometry.MultiPolygon': '多面',
  'importsGeo.geometry.GeometryCollection': '几何集合（含非面要素）',
  'importsGeo.geometry.unknown': '未知类型',
  'importsGeo.crs.bd09': 'BD-09（百度地图）',
  'importsGeo.crs.name.wgs84': 'WGS-84',
  'importsGeo.crs.name.gcj02': 'GCJ-02',
  'importsGeo.crs.name.bd09': 'BD-09',
  'importsGeo.mapping.constant': '（整个文件统一填写）',
  'importsGeo.mapping.constantPlaceholder': '输入本文件所有网格所属的社区',
  'importsGeo.mapping.constantRequired': '请输入社区名称。',
  'importsGeo.mapping.kmlHint':
    'KML 文件的名称（name）、描述（description）、扩展数据（ExtendedData）和所在文件夹（Folder）都可作为列；网格编码和网格名称可以取自同一列。',
  'importsGeo.checking.points': '正在检查边界：已检查 {done} / {total} 个坐标点',
} as const;

export const importsGeoEn: Record<keyof typeof importsGeoZh, string> = {
  'importsGeo.notice.title': 'Adjusted while reading (the import is not affected):',
  'importsGeo.notice.altitude-dropped':
    '{features} features had altitudes ({positions} positions); altitudes were dropped, keeping longitude and latitude.',
  'importsGeo.notice.measure-dropped':
    '{features} features had altitudes or M values ({positions} positions); they were dropped, keeping longitude and latitude.',
  'importsGeo.notice.repeated-positions-dropped':
    '{positions} positions repeating the previous one were removed.',
  'importsGeo.issue.json-invalid':
    'Not valid file content: a JSON syntax error near line {line}, column {column}.',
  'importsGeo.issue.json-truncated':
    'Not valid file content: the JSON ends early, on line {line}; the file may not have been saved or copied whole.',
  'importsGeo.issue.xml-doctype':
    'Not valid file content: DOCTYPE/ENTITY declarations are not allowed (a security risk; KML never needs them).',
  'importsGeo.issue.xml-unclosed':
    'Not valid file content: the KML tags {tags} are never closed (the file ends at line {line}, column {column}); it may be incomplete.',
  'importsGeo.issue.xml-mismatch':
    'Not valid file content: on line {line}, column {column} of the KML, the end tag </{close}> does not match the start tag <{open}>.',
  'importsGeo.issue.xml-invalid':
    'Not valid file content: a KML (XML) syntax error near line {line}, column {column}.',
  'importsGeo.issue.not-polygon':
    'The geometry is a {type}, not an area: a grid outline must be a polygon or multi-polygon.',
  'importsGeo.issue.no-geometry':
    'The feature has no geometry (or its coordinates cannot be read), so it cannot be a grid outline.',
  'importsGeo.issue.ring-open': 'The outline is not closed: a ring’s last position must equal its first.',
  'importsGeo.issue.ring-too-short':
    'Too few positions: a ring has {count}; it needs at least 4 (the closing one included).',
  'importsGeo.issue.coordinate-not-number': 'A coordinate is not a valid number ({value}).',
  'importsGeo.issue.coordinate-out-of-range':
    'A coordinate is out of range ({value}): longitude must be within ±180, latitude within ±90.',
  'importsGeo.issue.zero-area': 'Ring {ring} has no area (all its positions lie on one line).',
  'importsGeo.issue.too-many-vertices':
    'Too many positions: {count} (at most {limit} per grid). Simplify the outline, then import it.',
  'importsGeo.issue.self-intersection':
    'The outline crosses or touches itself (at {at}): fix the outline where it crosses.',
  'importsGeo.issue.outside-district':
    'No feature in the file lies in the station’s area (about {km} km away). Check that the file belongs to this station.',
  'importsGeo.issue.looks-shifted':
    'As declared, only {insideAsIs}% of the outline positions lie in the station’s area; read as {crs}, {inside}% do. The file probably comes from a web map.',
  'importsGeo.shifted.convert': 'Convert from {crs} and check again',
  'importsGeo.geometry.none': 'no geometry',
  'importsGeo.geometry.Point': 'point',
  'importsGeo.geometry.MultiPoint': 'multi-point',
  'importsGeo.geometry.LineString': 'line',
  'importsGeo.geometry.MultiLineString': 'multi-line',
  'importsGeo.geometry.Polygon': 'polygon',
  'importsGeo.geometry.MultiPolygon': 'multi-polygon',
  'importsGeo.geometry.GeometryCollection': 'geometry collection (with non-area parts)',
  'importsGeo.geometry.unknown': 'unknown type',
  'importsGeo.crs.bd09': 'BD-09 (Baidu Maps)',
  'importsGeo.crs.name.wgs84': 'WGS-84',
  'importsGeo.crs.name.gcj02': 'GCJ-02',
  'importsGeo.crs.name.bd09': 'BD-09',
  'importsGeo.mapping.constant': '(one value for the whole file)',
  'importsGeo.mapping.constantPlaceholder': 'The community every grid in this file belongs to',
  'importsGeo.mapping.constantRequired': 'Enter the community’s name.',
  'importsGeo.mapping.kmlHint':
    'A KML file’s name, description, ExtendedData and folder are all offered as columns; the grid code and name may come from the same column.',
  'importsGeo.checking.points': 'Checking outlines: {done} / {total} positions',
};
