// The catalogue of diagnostic codes: each has a permanent code, a title for the README,
// a Chinese message built from its arguments and a hint for office staff. Codes never
// change meaning; a retired code is not reused.
//   TB1xx  the files and their shape: YAML syntax, field names, field types, paths
//   TB2xx  consistency of the records: ids, indicator names, scores, dates, quarters

import type { SourcePlace } from '../model/records.js';
import type { Diagnostic, Severity } from './diagnostic.js';

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
    message: ({ key }) => `字段“${key}”在同一层写了两次`,
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
    message: ({ key }) => `不认识的字段“${key}”`,
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
    message: ({ path, purpose }) => `找不到${purpose}“${path}”`,
    hint: () => '数据里的路径相对于写它的那个文件所在的文件夹；检查文件名和扩展名。',
  }),
  pathOutsideProject: entry<{ path: string; projectRoot: string }>({
    code: 'TB107',
    title: '路径在项目文件夹之外',
    message: ({ path }) => `路径“${path}”指向项目文件夹之外`,
    hint: ({ projectRoot }) => `印章图片、模板文件夹和上一季度文件都要放在项目文件夹（${projectRoot}）之内。`,
  }),
  wrongPathKind: entry<{ path: string; expected: string }>({
    code: 'TB108',
    title: '路径类型不对',
    message: ({ path, expected }) => `“${path}”不是${expected}`,
    hint: ({ expected }) => `这里要填一个${expected}的路径。`,
  }),
  numberForm: entry<{ text: string }>({
    code: 'TB109',
    title: '数字写法无法精确读取',
    message: ({ text }) => `数字“${text}”的写法无法精确读取`,
    hint: () => '只写阿拉伯数字和小数点，如 27.5；不用科学计数法、十六进制或千位分隔符。',
  }),
  numberOutOfRange: entry<{ value: string; min: number; max: number }>({
    code: 'TB110',
    title: '数值超出允许范围',
    message: ({ value, min, max }) => `数值 ${value} 超出允许范围 ${min}～${max}`,
    hint: ({ min, max }) => `填写 ${min} 到 ${max} 之间的数。`,
  }),
  notAllowed: entry<{ value: string; allowed: readonly string[] }>({
    code: 'TB111',
    title: '取值不在可选范围内',
    message: ({ value }) => `“${value}”不是可选的取值`,
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

  duplicateId: entry<{ id: string; firstField: string }>({
    code: 'TB201',
    title: '编号重复',
    message: ({ id, firstField }) => `编号“${id}”重复，${firstField} 已经用过`,
    hint: () => '同一季度里网站和账号的编号都不能相同；给其中一个换个编号。',
  }),
  unknownVetoItem: entry<{ item: string; channel: string; known: readonly string[] }>({
    code: 'TB202',
    title: '不认识的单项否决指标',
    message: ({ item, channel }) => `“${item}”不是${channel}的单项否决指标`,
    hint: ({ known }) => `照检查指标原文填写：${listed(known)}。具体情形写在 problem 里。`,
  }),
  checkedNotRunning: entry<{ status: string }>({
    code: 'TB203',
    title: '未运行的单位标为已检查',
    message: ({ status }) => `状态为“${status}”的单位不能标为已检查`,
    hint: () => '只有运行中的单位参加检查：把 checked 改为 false，或改正 status。',
  }),
  findingsOnUnchecked: entry<{ what: string }>({
    code: 'TB204',
    title: '未检查的单位填写了检查结果',
    message: ({ what }) => `未检查的单位不应填写${what}`,
    hint: () => '把 checked 改为 true，或删去检查结果。',
  }),
  unknownPlatform: entry<{ platform: string; known: readonly string[]; fullName?: string }>({
    code: 'TB205',
    title: '不认识的平台',
    message: ({ platform }) => `平台“${platform}”不在平台列表中`,
    hint: ({ known, fullName }) =>
      fullName ? `请写平台全称“${fullName}”。` : `可选：${listed(known)}；其他平台可在发文机关设置的 platforms 里添加。`,
  }),
  unknownScoreGroup: entry<{ group: string; known: readonly string[] }>({
    code: 'TB206',
    title: '不认识的扣分指标',
    message: ({ group }) => `“${group}”不是扣分指标的一级指标`,
    hint: ({ known }) => `可选：${listed(known)}。`,
  }),
  missingScoreGroup: entry<{ group: string }>({
    code: 'TB207',
    title: '缺少扣分指标得分',
    message: ({ group }) => `得分里缺少一级指标“${group}”`,
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
    message: ({ text }) => `“${text}”不是有效的日期`,
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
  publishedInconsistent: entry<{ problem: string }>({
    code: 'TB213',
    title: '上季度公布数前后矛盾',
    message: ({ problem }) => `上季度公布数前后矛盾：${problem}`,
    hint: () => '对照上季度印发的通报核对运行数、检查数和不合格数。',
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
