// The columns of a records sheet: which record field each header names. Offices' sheets come
// out of the national reporting systems and inspectors' workbooks with their own wording, so
// each field answers to the headers those sheets use; an office adds its own in `_issuer.yaml`
// (`columns:`). Score groups, second-level indicators and facts are named by the issuer's own
// names. This vocabulary is shared by reading sheets, `import` and `export`, so a sheet tongbao
// writes is one it reads back.

import type { IssuerProfile } from '../../model/records.js';

export type SheetKind = 'websites' | 'accounts';

/** A record field a column fills: a plain field, or one score group / indicator / fact by name. */
export type ColumnField =
  | { readonly kind: 'field'; readonly field: PlainField }
  | { readonly kind: 'score'; readonly group: string; readonly indicator?: string }
  | { readonly kind: 'fact'; readonly fact: string };

/** Unit fields a sheet column can hold, in the order `export` writes them. */
export const PLAIN_FIELDS = [
  'id',
  'code',
  'name',
  'platform',
  'owner',
  'kind',
  'level',
  'region',
  'status',
  'opened',
  'checked',
  'veto',
  'bonus',
  'problem',
  'recheck',
] as const;

export type PlainField = (typeof PLAIN_FIELDS)[number];

/** The fields of each kind of sheet (a field the kind has not is no column of it). */
export const SHEET_FIELDS: Readonly<Record<SheetKind, readonly PlainField[]>> = {
  websites: PLAIN_FIELDS.filter((field) => field !== 'platform'),
  accounts: PLAIN_FIELDS.filter((field) => field !== 'code' && field !== 'kind' && field !== 'level'),
};

/**
 * Headers each field answers to, the first being the one `export` writes. Compared after
 * normalising (see headerKey): spaces, line breaks, full-width brackets and a trailing
 * 「（必填）」-style note do not matter.
 */
export const HEADERS: Readonly<Record<SheetKind, Readonly<Partial<Record<PlainField, readonly string[]>>>>> = {
  websites: {
    id: ['编号', '网站编号', 'ID'],
    code: ['网站标识码', '标识码', '网站识别码'],
    name: ['网站名称', '名称', '站点名称'],
    owner: ['主办单位', '开办主体', '开办单位', '主办单位名称'],
    kind: ['网站类别', '网站类型', '类别', '类型'],
    level: ['层级', '网站层级', '级别', '行政级别'],
    region: ['所属地区', '地区', '所属区县', '区县', '区域'],
    status: ['运行状态', '状态'],
    opened: ['开设日期', '开办日期', '上线日期'],
    checked: ['是否检查', '是否抽查', '本季度是否检查'],
    veto: ['单项否决', '单项否决指标', '否决项', '单项否决项'],
    bonus: ['加分', '加分指标得分', '加分指标', '加分项'],
    problem: ['问题', '存在问题', '主要问题', '问题描述'],
    recheck: ['复检结果', '复检', '复查结果'],
  },
  accounts: {
    id: ['编号', '账号编号', 'ID'],
    name: ['账号名称', '名称', '账号', '新媒体名称'],
    platform: ['平台', '账号类型', '平台类型', '所属平台', '账号平台'],
    owner: ['开办主体', '主办单位', '开办单位', '运营主体', '主体'],
    region: ['所属地区', '地区', '所属区县', '区县', '区域'],
    status: ['运行状态', '状态'],
    opened: ['开设日期', '开办日期', '开通日期'],
    checked: ['是否检查', '是否抽查', '本季度是否检查'],
    veto: ['单项否决', '单项否决指标', '否决项', '单项否决项'],
    bonus: ['加分', '加分指标得分', '加分指标', '加分项'],
    problem: ['问题', '存在问题', '主要问题', '问题描述'],
    recheck: ['复检结果', '复检', '复查结果'],
  },
};

/** The results `export` writes beside each unit, under these headers. */
export const EXPORTED_RESULT_HEADERS = { passing: '是否合格', score: '扣分指标得分', finalScore: '总分' } as const;

/** Headers of results a sheet shows for people (tongbao computes them afresh): read past, emptied for the next quarter. */
export const COMPUTED_HEADERS: readonly string[] = [...Object.values(EXPORTED_RESULT_HEADERS), '得分', '最终得分', '检查结果'];

/** Headers of columns that sheets carry for people, not for the notice: read past, never reported. */
export const IGNORED_HEADERS: readonly string[] = ['序号', '备注', ...COMPUTED_HEADERS];

/** A header as compared: no spaces or line breaks, half-width brackets, no trailing 「（必填）」. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[（(][^）)]*[）)]$/u, '')
    .replace(/[*＊:：]+$/u, '');
}

/** An office's own headers, `columns:` in `_issuer.yaml`: field → headers, per kind of sheet. */
export type ColumnOverrides = Readonly<Partial<Record<SheetKind, Readonly<Partial<Record<PlainField, readonly string[]>>>>>>;

/**
 * Header key → field for one kind of sheet and issuer: the office's own headers first, then
 * the issuer's score groups (「发布解读」 or 「发布解读得分」), second-level indicators and facts,
 * then the vocabulary above.
 */
export function columnsFor(kind: SheetKind, issuer: Pick<IssuerProfile, 'rules' | 'facts'>, overrides: ColumnOverrides = {}): ReadonlyMap<string, ColumnField> {
  const columns = new Map<string, ColumnField>();
  const add = (header: string, field: ColumnField): void => {
    const key = headerKey(header);
    if (key !== '' && !columns.has(key)) columns.set(key, field);
  };
  for (const [field, headers] of Object.entries(overrides[kind] ?? {})) for (const header of headers ?? []) add(header, { kind: 'field', field: field as PlainField });
  const scoring = kind === 'websites' ? issuer.rules : issuer.rules.accountScoring;
  for (const group of scoring?.deductionGroups ?? []) {
    add(group.name, { kind: 'score', group: group.name });
    add(`${group.name}得分`, { kind: 'score', group: group.name });
    for (const item of group.items ?? []) add(item.name, { kind: 'score', group: group.name, indicator: item.name });
  }
  for (const fact of issuer.facts ?? []) if (fact.of === kind) add(fact.name, { kind: 'fact', fact: fact.name });
  for (const field of SHEET_FIELDS[kind]) for (const header of HEADERS[kind][field] ?? []) add(header, { kind: 'field', field });
  return columns;
}

/** The header `export` writes for a column: the first of its vocabulary, or the issuer's name. */
export function headerOf(kind: SheetKind, column: ColumnField): string {
  if (column.kind === 'score') return column.indicator ?? column.group;
  if (column.kind === 'fact') return column.fact;
  return HEADERS[kind][column.field]?.[0] ?? column.field;
}

/**
 * Spellings of the platforms offices' sheets use, by family: a cell reading any of them means
 * the issuer's platform whose name or short name is in the same family (微信订阅号 → 微信公众号).
 */
export const PLATFORM_FAMILIES: readonly (readonly string[])[] = [
  ['微信', '微信公众号', '微信订阅号', '微信服务号', '公众号', '微信号', '微信公众平台'],
  ['微博', '新浪微博', '新浪', '微博号'],
  ['抖音', '抖音号'],
  ['今日头条', '头条', '头条号'],
  ['快手', '快手号'],
  ['视频号', '微信视频号'],
  ['澎湃号', '澎湃', '澎湃新闻'],
  ['百家号', '百度百家号'],
  ['小红书', '小红书号'],
  ['哔哩哔哩', 'B站', 'bilibili'],
  ['人民号', '人民日报人民号'],
  ['学习强国', '强国号', '学习强国号'],
  ['政务App', 'APP', '移动客户端', '客户端'],
  ['小程序', '微信小程序'],
];

/** The issuer's platform a sheet's spelling means, or undefined when none does. */
export function platformNamed(spelled: string, platforms: IssuerProfile['platforms']): string | undefined {
  const key = headerKey(spelled).toLowerCase();
  const exact = platforms.find((platform) => [platform.name, platform.short].some((name) => headerKey(name).toLowerCase() === key));
  if (exact) return exact.name;
  const family = PLATFORM_FAMILIES.find((names) => names.some((name) => name.toLowerCase() === key));
  if (!family) return undefined;
  const inFamily = platforms.filter((platform) => family.includes(platform.name) || family.includes(platform.short));
  // two configured platforms in one family (微信公众号 and 视频号 both 「微信」) leave the spelling ambiguous
  return inFamily.length === 1 ? inFamily[0]?.name : undefined;
}

/**
 * The id of a unit read from a sheet without an id column, stable across quarters: a
 * website's 网站标识码, else its name and owner; an account's name, platform and owner.
 */
export function derivedId(kind: SheetKind, unit: { code?: string; name: string; owner: string; platform?: string }): string {
  if (kind === 'websites') return unit.code ?? `${unit.name}（${unit.owner}）`;
  return `${unit.name}（${unit.platform ?? ''}，${unit.owner}）`;
}
