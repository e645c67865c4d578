// A synthetic data folder for the scale benches: an issuer, a previous and a current quarter of
// a city, a province or the whole country, with the shares real inventories have (most units
// pass, a few in a hundred fail on a veto or a low score, some are not checked this quarter) —
// or a city whose 2,000 accounts all fail, for a notice with a 2,000-row attachment.
// Every draw comes from a seeded PRNG, so one seed always gives the same bytes. The records are
// written as YAML lists or as CSV sheets with the Chinese headers offices' sheets carry.
//
// Run: npx tsx scripts/bench/synthetic.ts <city|province|national|attachment> <folder> [--csv] [--seed N]

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_PLATFORMS, DEFAULT_RULES } from '../../src/config/defaults.js';
import { HEADERS, type PlainField, type SheetKind } from '../../src/load/sheets/columns.js';

const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
const EXAMPLE_FOLDER = join(PROJECT_ROOT, 'data', '示例市');

export interface ScaleSize {
  readonly name: 'city' | 'province' | 'national' | 'national-tenth' | 'national-hundredth' | 'attachment';
  /** the issuer, as its notice is signed */
  readonly issuer: string;
  readonly websites: number;
  readonly accounts: number;
  /** first-level places the units are spread over (districts, cities, provinces) */
  readonly regions: number;
  readonly regionSuffix: string;
  /** a unit of the region itself, and one of a place below it */
  readonly levels: readonly [string, string];
  /** every account fails this quarter, so the accounts' attachment lists them all (a big-table notice) */
  readonly everyAccountFails?: true;
}

const NATIONAL: ScaleSize = { name: 'national', issuer: '示例部', websites: 15_000, accounts: 150_000, regions: 31, regionSuffix: '省', levels: ['省级', '市级'] };

export const SIZES: Readonly<Record<ScaleSize['name'], ScaleSize>> = {
  city: { name: 'city', issuer: '示例市', websites: 60, accounts: 300, regions: 6, regionSuffix: '区', levels: ['市级', '区县级'] },
  province: { name: 'province', issuer: '示例省', websites: 800, accounts: 3_600, regions: 16, regionSuffix: '市', levels: ['市级', '区县级'] },
  national: NATIONAL,
  // the country's shape (regions, levels, wording) with a tenth and a hundredth of its units: how
  // the time grows with the data alone, for "10 × less data, ≤ 1/9 of the time"
  'national-tenth': { ...NATIONAL, name: 'national-tenth', websites: NATIONAL.websites / 10, accounts: NATIONAL.accounts / 10 },
  'national-hundredth': { ...NATIONAL, name: 'national-hundredth', websites: NATIONAL.websites / 100, accounts: NATIONAL.accounts / 100 },
  attachment: { name: 'attachment', issuer: '示例市', websites: 60, accounts: 2_000, regions: 6, regionSuffix: '区', levels: ['市级', '区县级'], everyAccountFails: true },
};

export type RecordForm = 'yaml' | 'csv';

/** mulberry32: small, fast and the same on every platform; Math.random is neither seeded nor repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Place names from pairs of syllables: 40 × 40 distinct names, enough for every size. */
const SYLLABLES = [...'安宝北博昌长辰川东丰福高广海和河华江金锦康兰临龙茂南宁平清庆瑞山盛泰通文西祥新阳永云'];
const placeName = (index: number): string => `${SYLLABLES[index % SYLLABLES.length]}${SYLLABLES[Math.floor(index / SYLLABLES.length) % SYLLABLES.length]}`;

const DEPARTMENTS = [
  '人民政府', '发展和改革委员会', '教育局', '科学技术局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局',
  '自然资源局', '生态环境局', '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化和旅游局', '卫生健康委员会', '退役军人事务局',
  '应急管理局', '审计局', '市场监督管理局', '统计局', '医疗保障局', '林业局', '体育局', '信访局', '数据局', '档案馆',
];

/** Platforms by how common their accounts are: most are WeChat and Weibo, then short video. */
const PLATFORM_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['微信公众号', 40], ['新浪微博', 20], ['抖音', 15], ['今日头条', 10], ['快手', 5], ['澎湃号', 2], ['百家号', 3], ['小红书', 2], ['移动客户端', 2], ['其他', 1],
];
const PLATFORMS_BY_WEIGHT = PLATFORM_WEIGHTS.flatMap(([platform, weight]) => Array<string>(weight).fill(platform));
if (!PLATFORM_WEIGHTS.every(([name]) => DEFAULT_PLATFORMS.some((platform) => platform.name === name))) throw new Error('a weighted platform is not a default platform');

const WEBSITE_PROBLEMS: Readonly<Record<string, string>> = {
  站点无法访问: '监测时间点首页连续无法访问',
  首页不更新: '首页监测时间点前两周未更新',
  栏目不更新: '“通知公告”“政策文件”等栏目长期未更新',
  互动回应差: '政务咨询留言超过3个月未答复',
};
const ACCOUNT_PROBLEMS: Readonly<Record<string, string>> = {
  内容不更新: '监测时间点前两周内无更新',
  互动回应差: '未提供有效互动功能',
};

interface Unit {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly region: string;
  /** websites: 网站标识码, kind and level */
  readonly code?: string;
  readonly kind?: string;
  readonly level?: string;
  /** accounts */
  readonly platform?: string;
}

/** A unit's result in one quarter. */
interface Result {
  readonly status?: '关停' | '建设中';
  readonly checked: boolean;
  readonly veto?: string;
  readonly problem?: string;
  readonly scores?: readonly string[];
  readonly bonus?: string;
  readonly recheck?: '合格' | '不合格';
}

interface Inventory {
  readonly websites: readonly Unit[];
  readonly accounts: readonly Unit[];
}

function inventory(size: ScaleSize, random: Random): Inventory {
  const regions = Array.from({ length: size.regions }, (_, i) => `${placeName(i)}${size.regionSuffix}`);
  const sitesPerOwner = new Map<string, number>();
  const websites = Array.from({ length: size.websites }, (_, i): Unit => {
    // the first sites are the regions' portals; the others belong to a department of the region or of a place in it
    const portal = i < regions.length;
    const region = portal ? regions[i]! : pick(random, regions);
    const below = !portal && random() < 0.6 ? `${placeName(size.regions + Math.floor(random() * 400))}县` : '';
    const owner = `${region}${below}${portal ? '人民政府' : pick(random, DEPARTMENTS)}`;
    const earlier = sitesPerOwner.get(owner) ?? 0;
    sitesPerOwner.set(owner, earlier + 1);
    const special = earlier > 0;
    return {
      id: `w${String(i + 1).padStart(5, '0')}`,
      code: `${String(1000 + regions.indexOf(region)).padStart(4, '0')}${String(i + 1).padStart(6, '0')}`,
      name: special ? `${owner}专题网站${earlier}` : `${owner}${portal || owner.endsWith('人民政府') ? '门户' : ''}网站`,
      owner,
      region,
      kind: portal || owner.endsWith('人民政府') ? (special ? '专项网站' : '门户网站') : special ? '专项网站' : '部门网站',
      level: below ? size.levels[1] : size.levels[0],
    };
  });
  const owners = [...sitesPerOwner.keys()];
  const regionOf = new Map(websites.map((site) => [site.owner, site.region]));
  const accountsPerOwner = new Map<string, number>();
  const accounts = Array.from({ length: size.accounts }, (_, i): Unit => {
    const owner = pick(random, owners);
    const platform = pick(random, PLATFORMS_BY_WEIGHT);
    const key = `${owner}\n${platform}`;
    const earlier = accountsPerOwner.get(key) ?? 0;
    accountsPerOwner.set(key, earlier + 1);
    return {
      id: `a${String(i + 1).padStart(6, '0')}`,
      name: `${owner.replace(/人民政府$/u, '')}${earlier === 0 ? '发布' : `服务${earlier}`}`,
      owner,
      region: regionOf.get(owner)!,
      platform,
    };
  });
  return { websites, accounts };
}

const half = (value: number): string => String(Math.round(value * 2) / 2);

function websiteResult(random: Random): Result {
  const draw = random();
  if (draw < 0.005) return { status: '关停', checked: false };
  if (draw < 0.01) return { status: '建设中', checked: false };
  if (draw < 0.09) return { checked: false };
  if (draw < 0.13) return vetoed(random, WEBSITE_PROBLEMS);
  // the share of the points kept: below 0.57 fails (the 0.5 rounding of four groups stays under 60)
  const failing = draw < 0.16;
  const share = failing ? 0.35 + random() * 0.22 : 0.66 + random() * 0.31;
  const scores = DEFAULT_RULES.deductionGroups.map((group) => {
    const points = Number(group.points);
    return half(Math.min(points, Math.max(0, points * share + (random() - 0.5))));
  });
  const total = scores.reduce((sum, score) => sum + Number(score), 0);
  const bonus = total > 80 && random() < 0.3 ? half(0.5 + random() * 15) : undefined;
  return { checked: true, scores, ...(bonus ? { bonus } : {}), ...(failing ? rechecked(random) : {}) };
}

function accountResult(random: Random, fails: boolean): Result {
  if (fails) return vetoed(random, ACCOUNT_PROBLEMS);
  const draw = random();
  if (draw < 0.01) return { status: '关停', checked: false };
  if (draw < 0.1) return { checked: false };
  if (draw < 0.16) return vetoed(random, ACCOUNT_PROBLEMS);
  return { checked: true };
}

function vetoed(random: Random, problems: Readonly<Record<string, string>>): Result {
  const veto = pick(random, Object.keys(problems));
  return { checked: true, veto, problem: problems[veto]!, ...rechecked(random) };
}

function rechecked(random: Random): Pick<Result, 'recheck'> {
  const draw = random();
  return draw < 0.3 ? { recheck: '合格' } : draw < 0.4 ? { recheck: '不合格' } : {};
}

const failed = (result: Result): boolean => result.veto !== undefined || (result.scores?.reduce((sum, score) => sum + Number(score), 0) ?? 60) < 60;

interface QuarterData {
  readonly period: { readonly year: number; readonly quarter: number };
  readonly websites: readonly Result[];
  readonly accounts: readonly Result[];
}

// ---------------------------------------------------------------------------------------------
// Writing: YAML lists or CSV sheets

/** Plain scalars are safe here: generated names hold no YAML indicator; keys in the example's order. */
function yamlUnit(unit: Unit, result: Result): string {
  const fields: Array<[string, string | undefined]> = [
    ['id', unit.id], ['name', unit.name], ['platform', unit.platform], ['owner', unit.owner], ['kind', unit.kind], ['level', unit.level], ['region', unit.region],
    ['status', result.status], ['checked', result.checked || result.status ? undefined : 'false'], ['veto', result.veto ? `[${result.veto}]` : undefined],
    ['problem', result.problem], ['scores', result.scores ? `{ ${DEFAULT_RULES.deductionGroups.map((group, i) => `${group.name}: ${result.scores![i]}`).join(', ')} }` : undefined],
    ['bonus', result.bonus], ['recheck', result.recheck],
  ];
  return `  - { ${fields.filter(([, value]) => value !== undefined).map(([key, value]) => `${key}: ${value}`).join(', ')} }\n`;
}

/** Quoted only when a cell needs it (RFC 4180). */
const csvCell = (value: string): string => (/[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const CSV_FIELDS: Readonly<Record<SheetKind, readonly PlainField[]>> = {
  websites: ['id', 'code', 'name', 'owner', 'kind', 'level', 'region', 'status', 'checked', 'veto', 'problem'],
  accounts: ['id', 'name', 'platform', 'owner', 'region', 'status', 'checked', 'veto', 'problem'],
};

function csvSheet(kind: SheetKind, units: readonly Unit[], results: readonly Result[]): string {
  const groups = kind === 'websites' ? DEFAULT_RULES.deductionGroups.map((group) => group.name) : [];
  const header = [...CSV_FIELDS[kind].map((field) => HEADERS[kind][field]![0]!), ...groups, ...(kind === 'websites' ? [HEADERS[kind].bonus![0]!] : []), HEADERS[kind].recheck![0]!];
  const rows = units.map((unit, i) => {
    const result = results[i]!;
    const cells: Record<PlainField, string | undefined> = {
      ...(unit as Partial<Record<PlainField, string>>),
      status: result.status ?? '运行', checked: result.checked ? '是' : '否', veto: result.veto, problem: result.problem, bonus: result.bonus, recheck: result.recheck,
    } as Record<PlainField, string | undefined>;
    const scores = groups.map((_, g) => result.scores?.[g] ?? '');
    return [...CSV_FIELDS[kind].map((field) => cells[field] ?? ''), ...scores, ...(kind === 'websites' ? [result.bonus ?? ''] : []), result.recheck ?? ''];
  });
  // a BOM, as Excel writes UTF-8 CSV
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const quarterName = (period: QuarterData['period']): string => `${period.year}-q${period.quarter}`;

/** The ids of last quarter's failing units split the way rectification goes: most fixed. */
function rectification(units: Inventory, previous: QuarterData, random: Random): string {
  const lists: Record<'fixed' | 'stillFailing' | 'notReported', string[]> = { fixed: [], stillFailing: [], notReported: [] };
  const failing = [
    ...units.websites.filter((_, i) => failed(previous.websites[i]!)),
    ...units.accounts.filter((_, i) => failed(previous.accounts[i]!)),
  ];
  for (const unit of failing) {
    const draw = random();
    lists[draw < 0.75 ? 'fixed' : draw < 0.9 ? 'stillFailing' : 'notReported'].push(unit.id);
  }
  const entries = Object.entries(lists).filter(([, ids]) => ids.length > 0);
  return entries.length === 0 ? '' : `rectification:\n${entries.map(([name, ids]) => `  ${name}: [${ids.join(', ')}]\n`).join('')}`;
}

const NARRATIVE = `narrative:
  problems: |
    ## 政府网站内容保障不到位

    个别单位对网站内容保障重视不够，日常巡检缺位，首页和“通知公告”“政策文件”等重点栏目更新不及时。

    ## 政务新媒体运维管理有待加强

    一是部分账号更新不及时，存在“沉睡”现象；二是个别账号未提供有效互动功能，群众留言无处反映。
  requirements: |
    ## 压实主体责任

    各单位要落实政府网站和政务新媒体主管主办责任，对本次通报的问题逐项整改到位，并举一反三开展自查。
`;

function quarterFile(options: { quarter: QuarterData; previous?: QuarterData; units: Inventory; form: RecordForm; random: Random }): Record<string, string> {
  const { quarter, previous, units, form, random } = options;
  const name = quarterName(quarter.period);
  const month = quarter.period.quarter * 3;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const afterQuarter = quarter.period.quarter === 4 ? `${quarter.period.year + 1}-01` : `${quarter.period.year}-${pad(month + 1)}`;
  const head = [
    `period: { year: ${quarter.period.year}, quarter: ${quarter.period.quarter} }`,
    `date: ${afterQuarter}-15`,
    `window: { start: ${quarter.period.year}-${pad(month - 2)}-01, end: ${quarter.period.year}-${pad(month)}-20 }`,
    `monitoringPoint: ${quarter.period.year}-${pad(month)}-15`,
    `deadline: ${afterQuarter}-31`,
    ...(previous ? [`previous: ${quarterName(previous.period)}.yaml`] : []),
  ].join('\n');
  const rectified = previous ? rectification(units, previous, random) : '';
  const messages = `messages:\n  - { name: 我为政府网站找错, received: ${Math.round(units.websites.length * 1.5)}, finished: ${Math.round(units.websites.length * 1.5)} }\n`;
  const files: Record<string, string> = {};
  let records: string;
  if (form === 'csv') {
    const sheets = { websites: `${name}-网站.csv`, accounts: `${name}-账号.csv` };
    files[sheets.websites] = csvSheet('websites', units.websites, quarter.websites);
    files[sheets.accounts] = csvSheet('accounts', units.accounts, quarter.accounts);
    records = `websites: { file: ${sheets.websites} }\naccounts: { file: ${sheets.accounts} }\n`;
  } else {
    const list = (key: SheetKind) => `${key}:\n${units[key].map((unit, i) => yamlUnit(unit, quarter[key][i]!)).join('')}`;
    records = list('websites') + list('accounts');
  }
  files[`${name}.yaml`] = `# 合成数据（tongbao 性能测试用，均为虚构）\n${head}\n${rectified}${messages}${NARRATIVE}${records}`;
  return files;
}

/** The example's issuer settings, signed by the synthetic issuer. */
function issuerFile(size: ScaleSize): string {
  const example = readFileSync(join(EXAMPLE_FOLDER, '_issuer.yaml'), 'utf8');
  const scope = size.name === 'city' ? '全市' : size.name === 'province' ? '全省' : '全国';
  return example.replaceAll('示例市', size.issuer).replace(/^scope: .*$/mu, `scope: ${scope}`);
}

/** The units and both quarters' results, drawn in one order from the seed. */
function drawQuarters(size: ScaleSize, seed: number): { random: Random; units: Inventory; previous: QuarterData; current: QuarterData } {
  const random = seededRandom(seed);
  const units = inventory(size, random);
  const results = (period: QuarterData['period'], everyAccountFails: boolean): QuarterData => ({
    period,
    websites: units.websites.map(() => websiteResult(random)),
    accounts: units.accounts.map(() => accountResult(random, everyAccountFails)),
  });
  const previous = results({ year: 2025, quarter: 2 }, false);
  const current = results({ year: 2025, quarter: 3 }, size.everyAccountFails === true);
  return { random, units, previous, current };
}

/** File name → contents of one synthetic data folder: same size, seed and form, same bytes. */
export function syntheticFolder(options: { size: ScaleSize; seed: number; form: RecordForm }): Record<string, string | Uint8Array> {
  const { size, seed, form } = options;
  const { random, units, previous, current } = drawQuarters(size, seed);
  return {
    '_issuer.yaml': issuerFile(size),
    'seal.png': readFileSync(join(EXAMPLE_FOLDER, 'seal.png')),
    ...quarterFile({ quarter: previous, units, form, random }),
    ...quarterFile({ quarter: current, previous, units, form, random }),
  };
}

/**
 * The current quarter's failing accounts as the notice's attachment lists them (序号, 区/部门,
 * platform, 账号名称, 问题): the table other typesetters are timed on.
 */
export function failingAccountRows(options: { size: ScaleSize; seed: number }): string[][] {
  const { units, current } = drawQuarters(options.size, options.seed);
  return units.accounts
    .map((unit, i) => ({ unit, result: current.accounts[i]! }))
    .filter(({ result }) => failed(result))
    .map(({ unit, result }, i) => [String(i + 1), unit.owner, unit.platform!, unit.name, result.problem ?? '']);
}

/** Writes the folder; returns the current quarter's file. */
export function writeSyntheticFolder(options: { folder: string; size: ScaleSize; seed: number; form: RecordForm }): string {
  mkdirSync(options.folder, { recursive: true });
  for (const [name, contents] of Object.entries(syntheticFolder(options))) writeFileSync(join(options.folder, name), contents);
  return join(options.folder, '2025-q3.yaml');
}

export const DEFAULT_SEED = 20_251_015;

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [sizeName, folder] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const seedAt = process.argv.indexOf('--seed');
  const size = SIZES[sizeName as ScaleSize['name']];
  if (!size || !folder) {
    console.error('用法：npx tsx scripts/bench/synthetic.ts <city|province|national|national-tenth|national-hundredth|attachment> <文件夹> [--csv] [--seed N]');
    process.exit(2);
  }
  const seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : DEFAULT_SEED;
  console.log(writeSyntheticFolder({ folder, size, seed, form: process.argv.includes('--csv') ? 'csv' : 'yaml' }));
}
