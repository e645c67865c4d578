// The catalogue of diagnostic codes: each has a permanent code, a title for the README,
// a Chinese message built from its arguments and a hint for office staff. Codes never
// change meaning; a retired code is not reused.
//   TB1xx  the files and their shape: YAML syntax, field names, field types, paths
//   TB2xx  consistency of the records: ids, indicator names, scores, dates, quarters
//   TB3xx  lint of what will be published: personal data, 文号, punctuation, dates, issuer name
//   TB4xx  templates and the office's Markdown: reading, syntax, data names, 公文 blocks, limits
//   TB6xx  writing the outputs: colliding documents, unusable folders, locked files, a full disk;
//          TB65x the next quarter's file (`tongbao new`)

import { basename } from 'node:path';
import type { SourcePlace } from '../model/records.js';
import { quoted } from './characters.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { FileGroup } from '../load/file-kind.js';

export interface CodeEntry<Args> {
  readonly code: string;
  readonly title: string;
  readonly message: (args: Args) => string;
  readonly hint: (args: Args) => string;
}

function entry<Args>(definition: CodeEntry<Args>): CodeEntry<Args> {
  return definition;
}

const listed = (items: readonly string[]): string => items.join('、');

/**
 * Where a unit's state (运行状态, 是否检查) is written, for a hint that says what to change: YAML
 * keys, or a sheet's columns by their headers — an office whose records are a sheet has no
 * `checked` to change, but a 是否检查 column to set to 是 or 否.
 */
export type StateWords = { readonly sheet: false } | { readonly sheet: true; readonly checked: string; readonly status: string };

/** What to give instead of a file that is not text, by what it is. */
const NOT_TEXT_HINTS: Readonly<Record<FileGroup, string>> = {
  spreadsheet:
    '表格不直接当作季度数据文件：在季度数据文件里引用它（websites: { file: 表格.xlsx, sheet: 网站 }），或用 tongbao import 把它合并进季度数据文件；见 README「用表格（Excel / CSV）提供检查记录」。',
  image: '这里要一个用文本编辑器写的 .yaml 文件，如 2025-q3.yaml；印章图片写在 _issuer.yaml 的 seal.image 里。',
  document: '这里要一个用文本编辑器写的 .yaml 文件，如 2025-q3.yaml；通报的 Word、PDF 文件由 tongbao build 根据它生成。',
  archive: '这里要一个用文本编辑器写的 .yaml 文件，如 2025-q3.yaml；压缩包请先解压。',
};

export const CODES = {
  yamlSyntax: entry<{ problem: string }>({
    code: 'TB101',
    title: 'YAML 写法错误',
    message: ({ problem }) => `YAML 写法有误：${problem}`,
    hint: () => '检查这一行和上一行的缩进（只能用空格）、冒号后的空格，以及引号、括号是否成对。',
  }),
  duplicateKey: entry<{ key: string }>({
    code: 'TB102',
    title: '字段重复',
    message: ({ key }) => `字段${quoted(key)}在同一层写了两次`,
    hint: () => '删去其中一处；后写的一处不会覆盖前一处。',
  }),
  wrongType: entry<{ expected: string; found: string }>({
    code: 'TB103',
    title: '字段类型不对',
    message: ({ expected, found }) => `这里应填写${expected}，实际是${found}`,
    hint: () => '按 data/示例市 里示例文件的写法填写该字段。',
  }),
  unknownKey: entry<{ key: string; allowed: readonly string[]; suggestion?: string }>({
    code: 'TB104',
    title: '不认识的字段',
    message: ({ key }) => `不认识的字段${quoted(key)}`,
    hint: ({ allowed, suggestion }) =>
      suggestion ? `是否想写“${suggestion}”？` : `这一层可以写的字段：${listed(allowed)}。各项数字由 tongbao 计算，不必填写。`,
  }),
  missingField: entry<{ key: string }>({
    code: 'TB105',
    title: '缺少必填字段',
    message: ({ key }) => `缺少必填字段“${key}”`,
    hint: () => '补上该字段；写法见 data/示例市 里的示例文件。',
  }),
  fileNotFound: entry<{ path: string; purpose: string }>({
    code: 'TB106',
    title: '找不到文件',
    message: ({ path, purpose }) => `找不到${purpose}${quoted(path)}`,
    hint: () => '数据里的路径相对于写它的那个文件所在的文件夹；检查文件名和扩展名。',
  }),
  pathOutsideProject: entry<{ path: string; projectRoot: string }>({
    code: 'TB107',
    title: '路径在项目文件夹之外',
    message: ({ path }) => `路径${quoted(path)}指向项目文件夹之外`,
    hint: ({ projectRoot }) => `印章图片、模板文件夹和上一季度文件都要放在项目文件夹（${projectRoot}）之内。`,
  }),
  wrongPathKind: entry<{ path: string; expected: string }>({
    code: 'TB108',
    title: '路径类型不对',
    message: ({ path, expected }) => `${quoted(path)}不是${expected}`,
    hint: ({ expected }) => `这里要填一个${expected}的路径。`,
  }),
  numberForm: entry<{ text: string }>({
    code: 'TB109',
    title: '数字写法无法精确读取',
    message: ({ text }) => `数字${quoted(text)}的写法无法精确读取`,
    hint: () => '只写阿拉伯数字和小数点，如 27.5；不用科学计数法、十六进制或千位分隔符。',
  }),
  numberOutOfRange: entry<{ value: string; min: number; max?: number }>({
    code: 'TB110',
    title: '数值超出允许范围',
    message: ({ value, min, max }) => (max === undefined ? `数值 ${value} 小于 ${min}，这里不能为负数` : `数值 ${value} 超出允许范围 ${min}～${max}`),
    hint: ({ min, max }) => (max === undefined ? `填写不小于 ${min} 的数。` : `填写 ${min} 到 ${max} 之间的数。`),
  }),
  notAllowed: entry<{ value: string; allowed: readonly string[] }>({
    code: 'TB111',
    title: '取值不在可选范围内',
    message: ({ value }) => `${quoted(value)}不是可选的取值`,
    hint: ({ allowed }) => `可选：${listed(allowed)}。`,
  }),
  issuerMissing: entry<Record<string, never>>({
    code: 'TB112',
    title: '缺少发文机关设置',
    message: () => '找不到发文机关设置',
    hint: () => '在季度文件旁放一个 _issuer.yaml，或在季度文件里写 issuer:。',
  }),
  previousCycle: entry<{ chain: readonly string[] }>({
    code: 'TB113',
    title: '上一季度文件循环引用',
    message: ({ chain }) => `上一季度文件链绕回了自己：${chain.join(' → ')}`,
    hint: () => '每个季度文件的 previous 应指向更早的季度；最早的季度不写 previous。',
  }),
  notUtf8: entry<{ encoding?: string }>({
    code: 'TB114',
    title: '文件不是 UTF-8 编码',
    message: ({ encoding }) => `文件不是 UTF-8 编码${encoding ? `，看来是用${encoding}保存的` : ''}；这里是第一个无法识别的字符`,
    hint: () =>
      '用记事本打开该文件，选“另存为”，“编码”选 UTF-8 后保存；在 VS Code 里点右下角的编码名称，选“通过编码保存”→ UTF-8；WPS 和其他编辑器也在“另存为”里选 UTF-8。',
  }),
  controlCharacter: entry<{ codePoint: string }>({
    code: 'TB115',
    title: '文件里有看不见的控制字符',
    message: ({ codePoint }) => `这里有一个看不见的控制字符（${codePoint}），通报里不能出现`,
    hint: () => '多半是从 Word 或网页复制时带进来的：删去这一处重新输入，或先粘贴到记事本再复制。',
  }),
  fileTooLarge: entry<{ sizeMb: string; limitMb: number }>({
    code: 'TB116',
    title: '文件太大',
    message: ({ sizeMb, limitMb }) => `文件有 ${sizeMb} MB，超过了数据文件的上限 ${limitMb} MB`,
    hint: () => '检查是否选错了文件，或文件里是否误粘贴了大段内容；一个季度的检查记录通常不到 1 MB。',
  }),
  tooDeep: entry<{ limit: number }>({
    code: 'TB117',
    title: '嵌套层次太深',
    message: ({ limit }) => `这里的嵌套超过了 ${limit} 层，数据文件用不到这么多层`,
    hint: () => '检查这一带的缩进和成对的 [ ] { }：多半是少写了右括号或缩进越来越深。',
  }),
  aliasOverflow: entry<{ limit: number }>({
    code: 'TB118',
    title: '引用展开得太多',
    message: ({ limit }) => `引用（*名称）展开后的内容超过了 ${limit} 项，文件无法读取`,
    hint: () => '不要用层层嵌套的锚点（&名称）和引用（*名称）；把内容直接写出来。',
  }),
  unreadable: entry<{ path: string; reason: string }>({
    code: 'TB119',
    title: '无法读取文件',
    message: ({ path, reason }) => `无法读取${quoted(path)}（${reason}）`,
    hint: () => '检查文件是否被其他程序占用，以及当前用户有没有读取它的权限。',
  }),
  unpublishableCharacter: entry<{ label: string; character: string; codePoint: string }>({
    code: 'TB120',
    title: '文字里有看不见的控制字符或残缺字符',
    message: ({ label, character, codePoint }) => `${label}里有${character}（${codePoint}）`,
    hint: () =>
      '多半是从别处复制时带进来的，或是写了 "\\x07"、"\\u202e" 这样的转义：删去这个字符（或转义）重新输入。通报里的这种字符或看不见，或显示为乱码，控制方向的字符还会让前后的文字倒着显示。',
  }),
  oddCharacterInName: entry<{ descriptions: readonly string[] }>({
    code: 'TB121',
    title: '编号或名称里有看不见的字符或特殊空格',
    message: ({ descriptions }) => descriptions.join('；'),
    hint: () =>
      '编号和名称用来区分和对应各个单位、指标和平台，看不见的字符会让看起来相同的两项成为不同的两项：删去这个字符；名称中间需要空格时只用普通的半角空格。',
  }),
  numberAsText: entry<{ text: string; problems: readonly string[]; digits: string }>({
    code: 'TB122',
    title: '数字用了全角数字、量词或千位分隔符',
    message: ({ text, problems }) => `数字${quoted(text)}${problems.join('，')}`,
    hint: ({ digits }) => `写成 ${digits}：只写半角阿拉伯数字和小数点，个数和分数都不带量词或单位，也不加千位分隔符。`,
  }),
  notAQuarterFile: entry<{ what: string; other?: 'issuer' | 'summary' }>({
    code: 'TB123',
    title: '不是季度数据文件',
    message: ({ what }) => `${what}，不是季度数据文件`,
    hint: ({ other }) =>
      '这里要一个季度的检查记录文件（如 2025-q2.yaml），其中写有 period、date、window 等字段；' +
      (other === 'summary'
        ? '汇总文件用 tongbao summary 生成各地区的汇总报告，见 README「汇总报告：比较各地区同一季度的检查情况」。'
        : '发文机关设置 _issuer.yaml 由 tongbao 在季度文件旁自动读取，不必指向它。'),
  }),
  emptyList: entry<Record<string, never>>({
    code: 'TB124',
    title: '列表是空的',
    message: () => '这个列表是空的（[]），至少要写一项',
    hint: () => '写上至少一项；可以不写的设置（如 platforms），不需要自己设置时删去整项，即用默认值。',
  }),
  pointsNotPositive: entry<{ value: string; mustExceedZero: boolean }>({
    code: 'TB125',
    title: '分值或分数线为负数或零',
    message: ({ value, mustExceedZero }) => (mustExceedZero ? `分值 ${value} 必须大于 0` : `${value} 是负数，这里不能为负数`),
    hint: () =>
      '一级指标和二级指标的分值必须大于 0；加分分值、合格线、加分线、分数线和“基本持平”的界限不能为负数（不计加分时加分分值写 0）。',
  }),
  emptyPublished: entry<Record<string, never>>({
    code: 'TB126',
    title: '公布数里什么也没有填',
    message: () => '这里是空的（{}），一项公布的数也没有填',
    hint: () => '照通报原文填上印出的数，如运行数 running、检查数 checked、不合格数 failing、合格率 passRate、平均分 averageScore；通报没有印这一项的，删去整项。',
  }),
  notText: entry<{ path: string; kind: string; group: FileGroup; purpose: string }>({
    code: 'TB127',
    title: '给的不是 YAML 文件',
    message: ({ path, kind, purpose }) => `${quoted(path)}是${/^[A-Z]/.test(kind) ? ' ' : ''}${kind}，不是${purpose}`,
    hint: ({ group }) => NOT_TEXT_HINTS[group],
  }),
  notASummaryFile: entry<{ what: string }>({
    code: 'TB128',
    title: '不是汇总文件',
    message: ({ what }) => `${what}，不是汇总文件`,
    hint: () =>
      'tongbao summary 要一个写有 sources（各地区的季度文件）的汇总文件，见 README「汇总报告：比较各地区同一季度的检查情况」；一个季度的通报用 tongbao build 生成。',
  }),

  // TB15x: records read from sheets (CSV and XLSX)
  sheetFileKind: entry<{ path: string; extension: string }>({
    code: 'TB150',
    title: '检查记录表格的文件类型不对',
    message: ({ path, extension }) => `${quoted(path)}${extension ? `是 ${extension} 文件` : '没有扩展名'}，检查记录只能从 .xlsx 或 .csv 文件读取`,
    hint: () => '用 Excel 或 WPS 打开该文件，选“另存为”，文件类型选“Excel 工作簿（*.xlsx）”或“CSV UTF-8（逗号分隔）（*.csv）”，再写新的文件名。',
  }),
  workbookUnreadable: entry<{ path: string; csv: boolean }>({
    code: 'TB151',
    title: '表格文件无法读取',
    message: ({ path, csv }) =>
      csv ? `无法读取 CSV 文件${quoted(path)}：格式有误（如引号不成对）` : `无法读取表格文件${quoted(path)}：它不是有效的 Excel 工作簿（.xlsx），或已损坏、加了密码`,
    hint: ({ csv }) =>
      csv
        ? '用 Excel 或 WPS 打开该文件核对，再“另存为”“CSV UTF-8（逗号分隔）（*.csv）”。'
        : '用 Excel 或 WPS 打开该文件确认它没有损坏；加了密码的先取消密码，再“另存为”一份 .xlsx 文件。',
  }),
  sheetMissing: entry<{ path: string; sheet: string; sheets: readonly string[] }>({
    code: 'TB152',
    title: '工作簿里没有这个工作表',
    message: ({ path, sheet, sheets }) =>
      sheets.length === 0 ? `工作簿${quoted(path)}里没有工作表` : `工作簿${quoted(path)}里没有名为${quoted(sheet)}的工作表`,
    hint: ({ sheets }) => (sheets.length === 0 ? '用 Excel 或 WPS 打开该文件核对。' : `工作簿里的工作表：${listed(sheets)}；把 sheet 写成其中之一。`),
  }),
  csvEncoding: entry<{ path: string }>({
    code: 'TB153',
    title: 'CSV 文件的编码无法识别',
    message: ({ path }) => `${quoted(path)}既不是 UTF-8、UTF-16，也不是 GBK（GB18030）编码，无法读取其中的文字`,
    hint: () => '用 Excel 或 WPS 打开该文件，选“另存为”，文件类型选“CSV UTF-8（逗号分隔）（*.csv）”后保存。',
  }),
  headerNotFound: entry<{ rows: number; headers: readonly string[] }>({
    code: 'TB154',
    title: '表格里找不到表头',
    message: ({ rows }) => `前 ${rows} 行里没有一行是表头（至少有两格是认识的列名）`,
    hint: ({ headers }) => `表头写各列的名称，例如：${listed(headers)}；列名不同的，可在发文机关设置（_issuer.yaml）的 columns 里登记。`,
  }),
  columnMissing: entry<{ label: string; headers: readonly string[] }>({
    code: 'TB155',
    title: '表格缺少必填的列',
    message: ({ label }) => `表格里没有“${label}”这一列`,
    hint: ({ headers }) => `表头里写这一列，列名可以是：${listed(headers)}；列名不同的，可在发文机关设置（_issuer.yaml）的 columns 里登记。`,
  }),
  columnRepeated: entry<{ header: string; firstHeader: string; firstLetter: string }>({
    code: 'TB156',
    title: '两列填的是同一项',
    message: ({ header, firstHeader, firstLetter }) => `${quoted(header)}这一列与 ${firstLetter} 列${quoted(firstHeader)}填的是同一项，不知道该读哪一列`,
    hint: () => '删去其中一列，或改动列名使它们各指一项。',
  }),
  unknownColumns: entry<{ columns: readonly { letter: string; header: string }[] }>({
    code: 'TB157',
    title: '表格里有不认识的列',
    message: ({ columns }) => `不认识这些列，不会读取：${listed(columns.map(({ letter, header }) => `${letter} 列${quoted(header)}`))}`,
    hint: () => '列名写错的，改成 README 里列出的列名；是本单位自己的列名的，在发文机关设置（_issuer.yaml）的 columns 里登记；只供人看的列可以不管。',
  }),
  blankCell: entry<{ key: string }>({
    code: 'TB158',
    title: '必填的单元格是空的',
    message: () => '这一格是空的，但每一行都必须填写',
    hint: () => '填上这一格；不要的行整行删去。',
  }),
  sameUnitRows: entry<{ unit: string; firstRow: number; same: string }>({
    code: 'TB159',
    title: '表格里同一单位有两行',
    message: ({ unit, firstRow, same }) => `这一行与第 ${firstRow} 行的${same}，是同一${unit}录入了两次`,
    hint: () => '删去其中一行；确是两个不同的单位时，核对网站标识码、名称和主办单位的写法，或加一列“编号”给每行各写一个编号。',
  }),

  duplicateId: entry<{ id: string; first: string }>({
    code: 'TB201',
    title: '编号重复',
    message: ({ id, first }) => `编号${quoted(id)}重复，${first} 已经用过`,
    hint: () => '同一季度里网站和账号的编号都不能相同；给其中一个换个编号。',
  }),
  unknownVetoItem: entry<{ item: string; channel: string; known: readonly string[] }>({
    code: 'TB202',
    title: '不认识的单项否决指标',
    message: ({ item, channel }) => `${quoted(item)}不是${channel}的单项否决指标`,
    hint: ({ known }) => `照检查指标原文填写：${listed(known)}。具体情形写在 problem 里。`,
  }),
  checkedNotRunning: entry<{ status: string; state: StateWords }>({
    code: 'TB203',
    title: '未运行的单位标为已检查',
    message: ({ status }) => `状态为${quoted(status)}的单位不能标为已检查`,
    hint: ({ state }) =>
      state.sheet ? `只有运行中的单位参加检查：把“${state.checked}”改为“否”，或改正“${state.status}”。` : '只有运行中的单位参加检查：把 checked 改为 false，或改正 status。',
  }),
  findingsOnUnchecked: entry<{ what: string; state: StateWords }>({
    code: 'TB204',
    title: '未检查的单位填写了检查结果',
    message: ({ what }) => `未检查的单位不应填写${what}`,
    hint: ({ state }) => (state.sheet ? `把“${state.checked}”改为“是”，或删去检查结果。` : '把 checked 改为 true，或删去检查结果。'),
  }),
  unknownPlatform: entry<{ platform: string; known: readonly string[]; fullName?: string }>({
    code: 'TB205',
    title: '不认识的平台',
    message: ({ platform }) => `平台${quoted(platform)}不在平台列表中`,
    hint: ({ known, fullName }) =>
      fullName ? `请写平台全称${quoted(fullName)}。` : `可选：${listed(known)}；其他平台可在发文机关设置的 platforms 里添加。`,
  }),
  unknownScoreGroup: entry<{ group: string; known: readonly string[] }>({
    code: 'TB206',
    title: '不认识的扣分指标',
    message: ({ group }) => `${quoted(group)}不是扣分指标的一级指标`,
    hint: ({ known }) => `可选：${listed(known)}。`,
  }),
  missingScoreGroup: entry<{ group: string }>({
    code: 'TB207',
    title: '缺少扣分指标得分',
    message: ({ group }) => `得分里缺少一级指标${quoted(group)}`,
    hint: () => '填写得分时，每个一级指标都要有得分（没有扣分就写满分）。',
  }),
  scoreOutOfRange: entry<{ label: string; score: string; points: string }>({
    code: 'TB208',
    title: '得分超出分值',
    message: ({ label, score, points }) => `${label}得分 ${score} 超出范围 0～${points}`,
    hint: () => '得分不能为负，也不能超过该项分值。',
  }),
  invalidDate: entry<{ text: string }>({
    code: 'TB209',
    title: '日期无效',
    message: ({ text }) => `${quoted(text)}不是有效的日期`,
    hint: () => '写成 2025-10-15 的形式（年-月-日，月和日写两位）。',
  }),
  windowReversed: entry<{ start: string; end: string }>({
    code: 'TB210',
    title: '检查时间段颠倒',
    message: ({ start, end }) => `检查开始日期 ${start} 晚于结束日期 ${end}`,
    hint: () => '对调 start 和 end。',
  }),
  deadlineNotAfterDate: entry<{ deadline: string; date: string }>({
    code: 'TB211',
    title: '整改截止日期不晚于成文日期',
    message: ({ deadline, date }) => `整改截止日期 ${deadline} 不晚于成文日期 ${date}`,
    hint: () => '整改截止日期要在通报印发之后。',
  }),
  previousNotQuarterBefore: entry<{ expected: string; found: string }>({
    code: 'TB212',
    title: '上一季度不是前一个季度',
    message: ({ expected, found }) => `上一季度应为 ${expected}，实际为 ${found}`,
    hint: () => '让 previous 指向紧挨着的前一个季度的文件（或公布数）。',
  }),
  publishedInconsistent: entry<{ whose: string; problem: string }>({
    code: 'TB213',
    title: '公布数前后矛盾',
    message: ({ whose, problem }) => `${whose}公布数前后矛盾：${problem}`,
    hint: ({ whose }) => `对照${whose}印发的通报核对运行数、检查数和不合格数。`,
  }),
  recheckOnPassing: entry<Record<string, never>>({
    code: 'TB214',
    title: '复检结果填在了不是不合格的单位上',
    message: () => '只有本季度检查不合格的单位才有复检结果',
    hint: () => '删去这个 recheck，或核对该单位的 veto 和得分：复检指对不合格单位整改后的再次检查。',
  }),
  unknownScoreItem: entry<{ group: string; item: string; known: readonly string[] }>({
    code: 'TB215',
    title: '不认识的二级指标',
    message: ({ group, item }) => `${quoted(item)}不是一级指标${quoted(group)}下的二级指标`,
    hint: ({ known }) =>
      known.length > 0
        ? `可选：${listed(known)}。`
        : '发文机关设置的 rules.deductionGroups 里没有给这个一级指标列出二级指标（items）；列出后才能按二级指标填写得分，否则只填一级指标得分。',
  }),
  missingScoreItem: entry<{ group: string; item: string }>({
    code: 'TB216',
    title: '缺少二级指标得分',
    message: ({ group, item }) => `一级指标${quoted(group)}的得分里缺少二级指标${quoted(item)}`,
    hint: () => '按二级指标填写时，该一级指标下的每个二级指标都要有得分（没有扣分就写满分）。',
  }),
  itemPointsMismatch: entry<{ group: string; points: string; itemPoints: readonly string[] }>({
    code: 'TB217',
    title: '二级指标分值之和与一级指标分值不符',
    message: ({ group, points, itemPoints }) => `一级指标${quoted(group)}的分值是 ${points}，二级指标分值 ${itemPoints.join('+')} 与它不相等`,
    hint: () => '核对检查指标原文里各二级指标的分值。',
  }),
  messageCountsInconsistent: entry<{ problem: string }>({
    code: 'TB218',
    title: '留言办理数前后矛盾',
    message: ({ problem }) => `留言办理数前后矛盾：${problem}`,
    hint: () => '对照留言办理系统导出的数字核对收到数、办结数和按时办结数。',
  }),
  rectificationNeedsRecords: entry<Record<string, never>>({
    code: 'TB219',
    title: '整改情况缺少上季度检查记录',
    message: () => '填写了上季度不合格单位的整改情况，但没有上季度的检查记录',
    hint: () => '整改情况按编号对应上季度的不合格单位：让 previous 指向上季度的文件（只有公布数时无法核对）。',
  }),
  rectificationUnknownUnit: entry<{ id: string; problem: string }>({
    code: 'TB220',
    title: '整改情况里的单位有误',
    message: ({ id, problem }) => `整改情况里的${quoted(id)}${problem}`,
    hint: () => '整改情况只列上季度检查不合格的网站和账号的编号，每个编号只写一次。',
  }),
  rectificationIncomplete: entry<{ ids: readonly string[] }>({
    code: 'TB221',
    title: '上季度不合格单位缺少整改结果',
    message: ({ ids }) => `上季度不合格的 ${listed(ids)} 没有写整改结果`,
    hint: () => '把每个上季度不合格单位的编号写进 fixed（已整改）、stillFailing（复查仍不合格）或 notReported（未报送整改情况）之一。',
  }),
  summaryPeriodMismatch: entry<{ region: string; expected: string; found: string }>({
    code: 'TB222',
    title: '汇总的地区不是同一季度',
    message: ({ region, expected, found }) => `${quoted(region)}的数据是${found}的，汇总的是${expected}`,
    hint: () => '汇总只比较同一季度：让 quarter 指向该季度的检查记录文件，或核对公布数的 period。',
  }),
  duplicateRecord: entry<{ unit: string; same: string; first: string }>({
    code: 'TB230',
    title: '同一单位录入了两次',
    message: ({ unit, same, first }) => `这一${unit}与 ${first}的${same}都相同，是同一${unit}录入了两次`,
    hint: () => '删去其中一条（编号不同也是同一单位）；确是两个不同的单位时，核对名称和主办单位的写法。',
  }),
  dateNotAfterWindow: entry<{ date: string; end: string }>({
    code: 'TB231',
    title: '成文日期不在检查结束之后',
    message: ({ date, end }) => `成文日期 ${date} 不晚于检查结束日期 ${end}`,
    hint: () => '通报在检查结束之后成文：核对 date 和 window 的 end。',
  }),
  windowOutsidePeriod: entry<{ problem: string }>({
    code: 'TB232',
    title: '检查时间段与检查季度不符',
    message: ({ problem }) => `检查时间段${problem}`,
    hint: () => '检查时间段的开始和结束日期都在检查季度的那一年，并且不早于该季度的第一天结束：核对 window 和 period。',
  }),
  monitoringPointOutsideWindow: entry<{ point: string; start: string; end: string }>({
    code: 'TB233',
    title: '监测时间点不在检查时间段内',
    message: ({ point, start, end }) => `监测时间点 ${point} 不在检查时间段 ${start} 至 ${end} 之内`,
    hint: () => '监测时间点是检查时查看网站和账号的日子，在检查时间段之内，因而也早于成文日期：核对 monitoringPoint 和 window。',
  }),
  scoreLineBeyondMaximum: entry<{ problem: string }>({
    code: 'TB234',
    title: '合格线或加分线与满分矛盾',
    message: ({ problem }) => problem,
    hint: () =>
      '扣分指标的满分是各一级指标分值之和；合格线（passScore）和加分线（bonusThreshold）都不能高于它，加分线也不能低于合格线：核对 rules 里的这几项。',
  }),
  problemOnPassing: entry<Record<string, never>>({
    code: 'TB235',
    title: '合格单位填写了问题',
    message: () => '这个单位检查合格，不列入不合格名单，这里写的问题不会印在通报里',
    hint: () => '核对该单位是否漏写了单项否决指标（veto）或得分写错；确实合格就删去 problem。',
  }),
  duplicateName: entry<{ name: string; what: string; firstField: string }>({
    code: 'TB236',
    title: '名称重复',
    message: ({ name, what, firstField }) => `${what}${quoted(name)}重复，${firstField} 已经用过`,
    hint: ({ what }) => `每个${what}的名称只能写一次：删去重复的一项，确是不同的两项时改用不同的名称。`,
  }),
  categoryValueTwice: entry<{ value: string; category: string; first: string; second: string }>({
    code: 'TB237',
    title: '分类里的一个值归入了两组',
    message: ({ value, category, first, second }) => `${quoted(value)}在分类${quoted(category)}里既归入${quoted(first)}，又归入${quoted(second)}`,
    hint: () => '每个值只能归入一个组（否则同一单位要算两次）：从其中一组的 values 里删去它。',
  }),
  categoryNameTaken: entry<{ name: string; builtIn: readonly string[] }>({
    code: 'TB238',
    title: '分类名称与内置的分组重名',
    message: ({ name }) => `分类名称${quoted(name)}与 tongbao 内置的分组重名`,
    hint: ({ builtIn }) =>
      `内置的分组（${listed(builtIn)}）按记录里的字段分组，模板写 websites.by.kind；自定义的分类要换一个名称，如“单位类别”，模板写 websites.by.单位类别。`,
  }),
  accountScoresWithoutRules: entry<Record<string, never>>({
    code: 'TB239',
    title: '账号填写了得分，但没有设置政务新媒体的评分规则',
    // one message whichever of the two an account has, so many accounts are said once
    message: () => '发文机关设置里没有政务新媒体的评分规则，账号不能填写得分（scores）和加分（bonus）',
    hint: () =>
      '要给政务新媒体评分，在 _issuer.yaml 的 rules 里写 accountScoring：扣分指标 deductionGroups、合格线 passScore，有加分的再写加分分值 bonusPoints 和加分线 bonusThreshold；不评分就删去这一项。',
  }),
  unknownFact: entry<{ name: string; known: readonly string[]; suggestion?: string }>({
    code: 'TB240',
    title: '不认识的统计事项',
    message: ({ name }) => `${quoted(name)}不是发文机关设置里声明的统计事项`,
    hint: ({ known, suggestion }) => {
      if (suggestion) return `是否想写“${suggestion}”？`;
      const declare = '统计事项先在 _issuer.yaml 的 facts 里声明：名称 name、写在哪里 of（websites、accounts 或 quarter）、量词 unit。';
      return known.length > 0 ? `这里可以写：${listed(known)}。${declare}` : declare;
    },
  }),
  factMisplaced: entry<{ name: string; of: string; belongs: string; here: string }>({
    code: 'TB241',
    title: '统计事项写错了地方',
    message: ({ name, of, belongs, here }) => `统计事项${quoted(name)}声明为写在${belongs}（of: ${of}），不能写在${here}`,
    hint: () =>
      '把它移到声明的地方：of: websites 写在每个网站的 facts 里，of: accounts 写在每个账号的 facts 里，of: quarter 写在季度文件最外层的 facts 里（公布数的 facts 里也只写 of: quarter 的）；或核对 _issuer.yaml 里 facts 的 of。',
  }),
  publishedRateMismatch: entry<{ whose: string; rate: string; typed: string; counts: string; computed: string }>({
    code: 'TB242',
    title: '公布的比率与公布的数不符',
    message: ({ whose, rate, typed, counts, computed }) => `${whose}公布的${rate} ${typed}% 与${counts} 不符：按这两个数应为 ${computed}%`,
    hint: () =>
      '合格率 = 合格数 ÷ 检查数，抽查比例 = 检查数 ÷ 运行数，按写出的小数位数四舍五入：对照通报原文核对这几个数；原文的比率本身算错了的，只填其中的数，不填比率。',
  }),
  unknownDimension: entry<{ dimension: string; channel: string; known: readonly string[]; suggestion?: string }>({
    code: 'TB243',
    title: '不认识的分组',
    message: ({ dimension, channel }) => `${quoted(dimension)}不是${channel}的分组`,
    hint: ({ known, suggestion }) =>
      `${suggestion ? `是否想写“${suggestion}”？` : ''}可选：${listed(known)}；自定义的分类在 _issuer.yaml 的 categories 里设置（其 field 要是这一渠道的字段）。`,
  }),
  yearAgoNotSameQuarter: entry<{ expected: string; found: string }>({
    code: 'TB244',
    title: '去年同期不是上一年的同一季度',
    message: ({ expected, found }) => `去年同期应为 ${expected}，实际为 ${found}`,
    hint: () => 'yearAgo 填上一年同一季度通报公布的数，用于“较去年同期”：核对 yearAgo 里的 period 和本季度的 period。',
  }),
  yearAgoInChain: entry<{ period: string }>({
    code: 'TB245',
    title: '去年同期已在上季度文件链里',
    message: ({ period }) => `上季度文件（previous）一直连到了去年同期${period}，这里填的去年同期公布数不会用到`,
    hint: () => '“较去年同期”按上季度文件链里那个季度的数计算：删去 yearAgo。',
  }),
  unknownNarrativeSection: entry<{ name: string; declared: readonly string[]; suggestion?: string }>({
    code: 'TB246',
    title: '不认识的人工撰写段落',
    message: ({ name }) => `narrative 里的${quoted(name)}不是发文机关设置的段落`,
    hint: ({ declared, suggestion }) =>
      `${suggestion ? `是否想写“${suggestion}”？` : ''}可以写的段落：${listed(declared)}；要写别的段落，先在 _issuer.yaml 的 narrativeSections 里加上它的名称，并在模板里用 {{markdown narrative.名称}} 印出。`,
  }),
  bonusPartHalfWritten: entry<{ written: string; missing: string }>({
    code: 'TB247',
    title: '加分分值和加分线只写了一项',
    message: ({ written, missing }) => `政务新媒体评分规则写了${written}，没有写${missing}`,
    hint: () => '加分分值（bonusPoints）和加分线（bonusThreshold）一起写：扣分指标得分高于加分线的账号才计加分；不计加分就两项都不写。',
  }),

  idNumberPublished: entry<{ masked: string }>({
    code: 'TB301',
    title: '公开发布的内容里有身份证号',
    message: ({ masked }) => `公开发布的内容里有身份证号 ${masked}`,
    hint: () => '通报在政府网站公开，不得出现个人身份证号；删去或改写这一处。',
  }),
  mobilePublished: entry<{ masked: string }>({
    code: 'TB302',
    title: '公开发布的内容里有手机号码',
    message: ({ masked }) => `公开发布的内容里有手机号码 ${masked}`,
    hint: () => '通报在政府网站公开，不得出现个人手机号码；办公联系电话请写在发文机关设置的 contact.phone 里。',
  }),
  docNumberBrackets: entry<{ written: string; suggested: string }>({
    code: 'TB303',
    title: '文号的年份没有用六角括号〔〕',
    message: ({ written, suggested }) => `文号${quoted(written)}的年份应括在六角括号〔〕里：${suggested}`,
    hint: () => '按 GB/T 9704-2012，发文字号的年份用六角括号〔〕，不用 [ ]、【 】或（ ）。',
  }),
  docNumberLeadingZero: entry<{ written: string; suggested: string }>({
    code: 'TB304',
    title: '文号的序号有前导零',
    message: ({ written, suggested }) => `文号${quoted(written)}的序号不应以 0 开头：${suggested}`,
    hint: () => '按 GB/T 9704-2012，发文顺序号不加“0”占位。',
  }),
  docNumberOrdinal: entry<{ written: string; suggested: string }>({
    code: 'TB305',
    title: '文号的序号前有“第”字',
    message: ({ written, suggested }) => `文号${quoted(written)}的序号前不应加“第”：${suggested}`,
    hint: () => '按 GB/T 9704-2012，发文顺序号不编虚位、不加“第”字。',
  }),
  halfWidthPunctuation: entry<{ mark: string; fullWidth: string; excerpt: string }>({
    code: 'TB306',
    title: '中文里用了半角标点（警告）',
    message: ({ mark, fullWidth, excerpt }) => `中文里用了半角标点“${mark}”，应为全角“${fullWidth}”：…${excerpt}…`,
    hint: () => '中文句子里的逗号、分号、冒号、问号、叹号和括号用全角：，；：？！（）。',
  }),
  dateForm: entry<{ written: string; suggested: string }>({
    code: 'TB307',
    title: '日期写法不规范（警告）',
    message: ({ written, suggested }) => `日期${quoted(written)}应写作“${suggested}”`,
    hint: () => '公文正文里的日期写成 2025年9月28日 的形式：年份写全，月、日不编虚位（不写 09、08）。',
  }),
  issuerMismatch: entry<{ title: string; signature: string }>({
    code: 'TB308',
    title: '标题与署名的发文机关不一致',
    message: ({ title, signature }) => `署名${quoted(signature)}与标题${quoted(title)}中的发文机关不一致`,
    hint: () =>
      '标题以发文机关全称开头，署名写发文机关全称或规范化简称；改写自定义模板，使标题取自发文机关设置的 name，署名取自 name 或 shortName。',
  }),
  siteSettingsMissing: entry<{ missing: readonly string[] }>({
    code: 'TB309',
    title: '没有写发布网站的设置（警告）',
    message: ({ missing }) => `发文机关设置的 site 里没有写${listed(missing)}：通报.html 缺少政府网站网页设计规范要求的这几项 <meta>，公开信息表的这几栏空着`,
    hint: () => '在 _issuer.yaml 里写上 site（发布通报的网站名称、域名、网站标识码、栏目、索引号、主题分类、公开属性），见 README「发布到政府网站」。',
  }),
  templateMissing: entry<{ name: string }>({
    code: 'TB401',
    title: '找不到主模板',
    message: ({ name }) => `找不到主模板 ${name}.hbs`,
    hint: () => '主模板放在模板文件夹的最上层（如 templates/notice.hbs）；自定义模板文件夹里没有时用自带的模板。',
  }),
  templateUsage: entry<{ problem: string; hint: string }>({
    code: 'TB402',
    title: '模板引用了不存在的数据或统计项，或帮助函数用法不对',
    message: ({ problem }) => problem,
    hint: ({ hint }) => hint,
  }),
  partialMissing: entry<{ name: string; known: readonly string[] }>({
    code: 'TB403',
    title: '模板引用了不存在的子模板',
    message: ({ name }) => `模板引用了不存在的子模板“${name}”`,
    hint: ({ known }) => `子模板是模板文件夹 partials/ 里的 .hbs 文件，写成 {{> 文件名}}；现有：${listed(known)}。`,
  }),
  templateSyntax: entry<{ problem: string; hint: string }>({
    code: 'TB404',
    title: '模板写法错误',
    message: ({ problem }) => problem,
    hint: ({ hint }) => hint,
  }),
  blockSyntax: entry<{ problem: string; hint: string }>({
    code: 'TB405',
    title: '模板中的公文块写法错误（不认识的块、署名不是两段、引用了不存在的附件）',
    message: ({ problem }) => problem,
    hint: ({ hint }) => hint,
  }),
  imageNotPng: entry<{ path: string; problem: string }>({
    code: 'TB406',
    title: '印章图片不是完好的 PNG 文件',
    message: ({ path, problem }) => `印章图片“${path}”${problem}`,
    hint: () => '用图片软件打开印章图片，另存为背景透明的 PNG 文件后再试；从网上或聊天软件转存的图片可能不完整。',
  }),
  narrativeHeadingLevel: entry<{ marks: string; heading: string }>({
    code: 'TB407',
    title: '人工撰写的段落用了不能用的标题级别',
    message: ({ marks, heading }) =>
      marks === '#'
        ? `“${heading}”写成了一级标题（一、），一级标题由模板写出，人工撰写的段落里只能用 ## 到 ####`
        : `“${heading}”是第${marks.length}级标题，公文的标题只有四级，人工撰写的段落里只能用 ## 到 ####`,
    hint: ({ marks }) =>
      marks === '#'
        ? '把“# ”改为“## ”：## 是（一）（二）这一级，编号自动生成；标题下面一行不要写“===”。'
        : '改用 ## （（一））、### （1.）或 ####（（1））；编号自动生成。',
  }),
  narrativeTooDeep: entry<{ limit: number }>({
    code: 'TB408',
    title: '人工撰写的段落嵌套太深',
    message: ({ limit }) => `这里的引用（>）、列表或强调嵌套超过了 ${limit} 层，通报正文用不到这么多层`,
    hint: () => '检查这一带：多半是每行都多加了“>”或列表符号“- ”，或缩进越来越深；公文正文一般不超过两层列表。',
  }),
  templateRecursion: entry<{ chain: readonly string[]; limit: number }>({
    code: 'TB409',
    title: '子模板层层引用自己',
    message: ({ chain, limit }) => `子模板引用了自己，套用超过了 ${limit} 层：${chain.join(' → ')}`,
    hint: () => '子模板不能直接或间接引用自己：检查这里的 {{> 名称}} 是否写错了子模板的名称。',
  }),
  templateIsFolder: entry<{ path: string }>({
    code: 'TB410',
    title: '模板是文件夹而不是文件',
    message: ({ path }) => `模板“${path}”是一个文件夹，不是模板文件`,
    hint: () => '模板文件夹里名称以 .hbs 结尾的都要是模板文件：把这个文件夹改名或移到别处。',
  }),
  templateOutsideFolder: entry<{ path: string; folder: string }>({
    code: 'TB411',
    title: '模板文件链接到模板文件夹之外',
    message: ({ path, folder }) => `模板“${path}”是一个链接，指向模板文件夹“${folder}”之外`,
    hint: () => '把模板文件本身放进模板文件夹，不要用指向别处的链接（快捷方式）。',
  }),
  templateTooLarge: entry<{ sizeKb: string; limitKb: number }>({
    code: 'TB412',
    title: '模板文件太大',
    message: ({ sizeKb, limitKb }) => `模板文件有 ${sizeKb} KB，超过了模板的上限 ${limitKb} KB`,
    hint: () => '模板只写措辞，通常只有几 KB：检查是否选错了文件，或文件里是否误粘贴了大段内容。',
  }),
  documentIncomplete: entry<{ template: string; missing: string }>({
    code: 'TB413',
    title: '模板生成的文书没有标题或正文',
    message: ({ template, missing }) => `主模板 ${template} 生成的文书没有${missing}`,
    hint: () => '主模板要写出 :::title 标题块和正文（各部分的子模板）；模板文件是否被清空或误存成了空文件？写法见 README「改写通报的措辞：模板」。',
  }),
  signingCertificate: entry<{ problem: string; variable: string }>({
    code: 'TB503',
    title: '签名证书无法使用（没有密码、密码不对或证书文件不可用，生成签名 PDF 需要）',
    message: ({ problem }) => `无法用签名证书签署 PDF：${problem}`,
    hint: ({ variable }) =>
      `证书是发文机关的 PKCS#12 文件（.p12 或 .pfx），密码在生成前设置到环境变量 ${variable}（Windows 命令提示符：set ${variable}=密码；PowerShell：$env:${variable}="密码"；其他系统：export ${variable}=密码），不要写进数据文件。写法见 README「数字签名」。`,
  }),
  outputCollision: entry<{ sources: readonly string[]; folder: string }>({
    code: 'TB601',
    title: '几个数据文件要输出到同一个文件夹',
    message: ({ sources, folder }) => {
      const quoted = sources.map((s) => `“${s}”`);
      return `${quoted.slice(0, -1).join('、')}和${quoted.at(-1)}都要输出到文件夹“${folder}”，后生成的会覆盖先生成的`;
    },
    hint: () =>
      '输出文件夹由数据文件所在文件夹的名称和季度（period）决定：检查其中一个是不是写错了季度；确实要生成的，分几次生成，每次用 --out 指定不同的输出文件夹。',
  }),
  outputPathIsFile: entry<{ path: string }>({
    code: 'TB602',
    title: '输出文件夹的位置上是一个文件',
    message: ({ path }) => `“${path}”是一个文件，不是文件夹，不能把生成的文件放进去`,
    hint: () => '用 --out 另选一个输出文件夹，或把这个文件移走、改名后再生成。',
  }),
  outputFolderNotWritable: entry<{ path: string; reason: string }>({
    code: 'TB603',
    title: '无法写入输出文件夹',
    message: ({ path, reason }) => `无法在文件夹“${path}”里写入文件（${reason}）`,
    hint: () => '检查当前用户对这个文件夹有没有写入权限（文件夹属性里的“安全”和“只读”），或用 --out 另选一个可以写入的输出文件夹。',
  }),
  outputFileLocked: entry<{ path: string; reason: string }>({
    code: 'TB604',
    title: '输出文件正被打开或是只读的',
    message: ({ path, reason }) => `无法替换“${path}”（${reason}）`,
    hint: () => '在 Word、WPS、PDF 阅读器或浏览器里关闭这个文件后再生成；是只读文件的，在文件属性里取消“只读”。',
  }),
  outputNameIsFolder: entry<{ path: string }>({
    code: 'TB605',
    title: '输出文件的位置上是一个文件夹',
    message: ({ path }) => `“${path}”是一个文件夹，不能用生成的文件替换它`,
    hint: () => '把这个文件夹移走或改名，或用 --out 另选一个输出文件夹。',
  }),
  outputWriteFailed: entry<{ path: string; reason: string; advice: string }>({
    code: 'TB606',
    title: '写入输出文件失败',
    message: ({ path, reason }) => `写入“${path}”时失败（${reason}）`,
    hint: ({ advice }) => advice,
  }),
  outputRestoreFailed: entry<{ path: string; reason: string; backup?: string }>({
    code: 'TB607',
    title: '撤回写入时未能恢复原有的文件',
    message: ({ path, reason, backup }) =>
      backup
        ? `撤回写入时未能恢复原有的“${path}”（${reason}），原有的文件保存在“${backup}”`
        : `撤回写入时未能删除这次新生成的“${path}”（${reason}）`,
    hint: ({ path, backup }) =>
      backup
        ? `关闭打开着“${path}”的程序，把“${backup}”改名为“${basename(path)}”，原有的文件就恢复了。`
        : '关闭打开着它的程序后把它删去；原来这里没有这个文件。',
  }),
  leftoverFile: entry<{ path: string; reason: string }>({
    code: 'TB608',
    title: '未能删除临时文件（警告）',
    message: ({ path, reason }) => `未能删除这次生成时用过的“${path}”（${reason}）`,
    hint: () => '这是 tongbao 写入时用的临时文件或被替换的文件的备份，已经用不到了，可以手动删去。',
  }),
  exportTargetExists: entry<{ path: string }>({
    code: 'TB621',
    title: '导出的工作簿已经存在',
    message: ({ path }) => `“${path}”已经存在，tongbao 不会覆盖它`,
    hint: () => '要替换它就加上 --force；要保留它就用 --out 另选一个文件名。见 README「导出和导入表格」。',
  }),
  importNotAList: entry<{ key: string; form: string }>({
    code: 'TB622',
    title: '季度文件里没有可以合并进去的单位列表',
    message: ({ key, form }) => `季度文件的“${key}”是${form}，不是每个单位一项的列表，无法把表格里的单位合并进去`,
    hint: () => '记录放在表格文件里的，直接修改那个表格即可，不必导入；要改用列表的，见 README「导出和导入表格」。',
  }),
  importDuplicateRow: entry<{ name: string; first: string }>({
    code: 'TB623',
    title: '表格里有两行是同一个单位',
    message: ({ name, first }) => `这一行的“${name}”与${first}是同一个单位（网站标识码、编号或名称和主办单位相同），这一行没有导入`,
    hint: () => '删去重复的一行，或改正其中一行的网站标识码、名称或主办单位后再导入。',
  }),
  importIdTaken: entry<{ id: string; name: string }>({
    code: 'TB624',
    title: '表格里新单位的编号已被另一个单位使用',
    message: ({ id, name }) => `“${name}”的编号“${id}”已被季度文件里的另一个单位使用，这一行没有导入`,
    hint: () => '给这个单位另填一个编号，或把编号一格留空，由 tongbao 用名称和主办单位作编号。',
  }),
  importKindUnknown: entry<{ path: string }>({
    code: 'TB625',
    title: '看不出表格里是网站还是政务新媒体',
    message: ({ path }) => `从“${path}”的表头看不出记录的是网站还是政务新媒体账号`,
    hint: () => '加上 --kind 网站 或 --kind 政务新媒体；表头写法见 README「导出和导入表格」。',
  }),
  newFolderMissing: entry<{ path: string; problem: string }>({
    code: 'TB651',
    title: '下一季度：数据文件夹不存在',
    message: ({ path, problem }) => `“${path}”${problem}`,
    hint: () => 'tongbao new 后面写发文单位的数据文件夹，即放 _issuer.yaml 和各季度文件的文件夹，如 data/示例市；见 README「开始下一个季度：tongbao new」。',
  }),
  newNoQuarterFile: entry<{ folder: string }>({
    code: 'TB652',
    title: '下一季度：文件夹里没有季度文件',
    message: ({ folder }) => `文件夹“${folder}”里没有季度检查记录文件（写有 period 的 .yaml 文件）`,
    hint: () => '第一个季度的文件照 data/示例市/2025-q3.yaml 手工写好，以后各季度再用 tongbao new 生成；见 README「开始下一个季度：tongbao new」。',
  }),
  newFileExists: entry<{ path: string }>({
    code: 'TB653',
    title: '下一季度：文件已经存在',
    message: ({ path }) => `“${path}”已经存在，tongbao new 不会覆盖它`,
    hint: () => '这个季度的文件已经生成过，直接打开它接着填写即可；确实要重新生成的，先把它改名或移走。',
  }),
  newWriteFailed: entry<{ path: string; reason: string }>({
    code: 'TB654',
    title: '下一季度：无法写入文件',
    message: ({ path, reason }) => `无法写入“${path}”（${reason}）`,
    hint: () => '检查当前用户对数据文件夹有没有写入权限（文件夹属性里的“安全”和“只读”）、磁盘是否已满；什么文件都没有写入。',
  }),
  newSamePeriod: entry<{ files: readonly string[]; period: string }>({
    code: 'TB655',
    title: '下一季度：两个文件写的是同一季度',
    message: ({ files, period }) => `${files.map((f) => `“${f}”`).join('和')}写的都是 ${period}，不知道哪一个是最新的季度`,
    hint: () => '检查其中一个文件的 period 是不是写错了；不用的文件移出这个文件夹。',
  }),
  newSheetNotCopied: entry<{ path: string; reason: string }>({
    code: 'TB656',
    title: '下一季度：检查记录表格无法复制',
    message: ({ path, reason }) => `检查记录表格“${path}”无法复制到下一季度（${reason}）`,
    hint: () => '用 tongbao check 核对最新的季度文件和它引用的表格；也可以自己复制这个表格，清空检查结果各列，再让新季度文件引用复制出的表格。见 README「开始下一个季度：tongbao new」。',
  }),
  newFromFaultyQuarter: entry<{ path: string }>({
    code: 'TB657',
    title: '下一季度：最新的季度文件有错误',
    message: ({ path }) => `最新的季度文件“${path}”有上面列出的错误，无法据此生成下一季度的文件`,
    hint: () => '先改正上面的错误（可以用 tongbao check 核对），再运行 tongbao new；上季度不合格的单位要从改正后的记录算出。',
  }),
} as const;

export interface Where {
  readonly place?: SourcePlace;
  readonly field?: string;
}

export function diagnose<Args>(
  code: CodeEntry<Args>,
  args: Args,
  where: Where,
  severity: Severity = 'error',
): Diagnostic {
  return { code: code.code, severity, message: code.message(args), hint: code.hint(args), ...where };
}

/** Every code with its title, in code order: the README's table of diagnostics. */
export function codeCatalogue(): Array<{ code: string; title: string }> {
  return Object.values(CODES)
    .map(({ code, title }) => ({ code, title }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
