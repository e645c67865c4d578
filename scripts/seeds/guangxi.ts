// Seed 001: 广西壮族自治区大数据发展局, 2020年第一季度 (a 函 on a sampling check), and the
// three quarters before it, which its comparisons (较上季度) and streak (连续四个季度) need.
// The named units are the seed's; every other site and account is invented.

import { numbered, quarterYaml, hundredths, type YamlValue } from './yaml.js';
import { scoresOf, tieredScores, total, type IndicatorTarget } from './tiers.js';

const CITIES = ['南宁市', '柳州市', '桂林市', '梧州市', '北海市', '防城港市', '钦州市', '贵港市', '玉林市', '百色市', '贺州市', '河池市', '来宾市', '崇左市'];

/** 扣分 indicators (the issuer's items, see _issuer.yaml) with the 2020 Q1 averages, hundredths. */
const ITEM_TARGETS: IndicatorTarget[] = [
  ['发布解读', '概况信息', 300, 285], ['发布解读', '政务动态', 500, 475], ['发布解读', '政策文件', 600, 560],
  ['发布解读', '解读比例', 300, 81], ['发布解读', '解读关联', 600, 540], ['发布解读', '数据发布', 700, 659],
  ['办事服务', '事项公开', 600, 570], ['办事服务', '办事指南', 800, 770], ['办事服务', '在线办理', 600, 570], ['办事服务', '办事统计', 500, 130],
  ['互动交流', '咨询建言', 800, 580], ['互动交流', '留言公开', 400, 290], ['互动交流', '征集调查', 400, 300], ['互动交流', '在线访谈', 400, 250],
  ['功能设计', '可用性', 300, 138], ['功能设计', '站内搜索', 300, 99], ['功能设计', '统一登录', 100, 0], ['功能设计', '一号登录', 100, 0],
  ['功能设计', '展现设计', 900, 833], ['功能设计', '无障碍', 800, 790],
].map(([group, item, points, average]) => ({ group: String(group), item: String(item), points: Number(points), average: Number(average) }));

function groupTargets(averages: readonly number[]): IndicatorTarget[] {
  const groups: Array<[string, number]> = [['发布解读', 3000], ['办事服务', 2500], ['互动交流', 2000], ['功能设计', 2500]];
  return groups.map(([group, points], index) => ({ group, points, average: averages[index] ?? 0 }));
}

interface Portal {
  readonly id: string;
  readonly owner: string;
  readonly level: string;
  readonly region: string;
}

const portal = (id: string, owner: string, level: string, region: string): Portal => ({ id, owner, level, region });

/** Record order: the seed's eight named sites above 80, the three with the streak, the rest of the 52, then the others. */
function portals(): { high: Portal[]; low: Portal[] } {
  const cities = new Map(CITIES.map((city, index) => [city, portal(`p${String(index + 2).padStart(3, '0')}`, city, '市级', city)]));
  const city = (name: string): Portal => cities.get(name) as Portal;
  let next = 16;
  const county = (owner: string, region: string): Portal => portal(`p${String(next++).padStart(3, '0')}`, owner, '县级', region);
  const named = [city('柳州市'), city('贵港市'), city('来宾市'), city('崇左市'), county('横县', '南宁市'), county('柳州市柳北区', '柳州市'), county('贵港市港南区', '贵港市'), county('田林县', '百色市')];
  const streak = [city('南宁市'), city('玉林市'), city('北海市')];
  const invented = (count: number) => Array.from({ length: count }, (_, index) => CITIES[index % CITIES.length] as string).map((region) => county(`${region.replace(/市$/, '')}第${next - 15}县（区）`, region));
  const high = [...named, ...streak, ...invented(41)];
  const lowCities = CITIES.filter((name) => !high.includes(city(name))).map(city);
  const low = [portal('p001', '自治区人民政府', '自治区', '自治区本级'), ...lowCities, county('西林县', '百色市'), county('浦北县', '钦州市'), county('上思县', '防城港市'), county('钟山县', '贺州市'), ...invented(62)];
  return { high, low };
}

function portalRecord(site: Portal, scores?: object): YamlValue {
  const name = site.level === '自治区' ? '广西壮族自治区人民政府门户网站' : `${site.owner}人民政府门户网站`;
  return { id: site.id, name, owner: site.owner, kind: '政府门户网站', level: site.level, region: site.region, scores: scores as YamlValue };
}

/** 451 department sites, 84 of them checked (not scored: the notice scores portals only). */
function departmentSites(): YamlValue[] {
  const owners = ['南宁住房公积金管理中心', ...numbered('自治区直属部门', 60), ...CITIES.flatMap((city) => numbered(`${city}部门`, 28))].slice(0, 451);
  return owners.map((owner, index) => ({
    id: `d${String(index + 1).padStart(3, '0')}`,
    name: `${owner}网站`,
    owner,
    kind: '部门网站',
    level: '部门',
    region: owner.startsWith('自治区') ? '自治区本级' : (CITIES.find((city) => owner.startsWith(city.slice(0, 2))) ?? '南宁市'),
    checked: index < 84 ? undefined : false,
  }));
}

const NAMED_FAILING_ACCOUNTS: YamlValue[] = [
  { name: '巴马瑶族自治县东山乡人民政府', platform: '微信公众号', owner: '巴马瑶族自治县东山乡人民政府', region: '河池市', veto: ['内容不更新'], problem: '“东山动态”栏目仅更新至2018年7月' },
  { name: '合山市河里镇人民政府', platform: '微信公众号', owner: '合山市河里镇人民政府', region: '来宾市', veto: ['互动回应差'], problem: '未提供有效互动渠道' },
  { name: '贵港人社', platform: '微信公众号', owner: '贵港市人力资源和社会保障局', region: '贵港市', veto: ['互动回应差'], problem: '未提供有效互动渠道' },
  { name: '百色水利', platform: '微信公众号', owner: '百色市水利局', region: '百色市', veto: ['互动回应差'], problem: '未提供有效互动渠道' },
];

/** 897 accounts, 274 checked, 29 of them failing. */
function accounts(): YamlValue[] {
  const platforms = ['微信公众号', '新浪微博', '今日头条', '抖音', '移动客户端'];
  return Array.from({ length: 897 }, (_, index) => {
    const id = `a${String(index + 1).padStart(3, '0')}`;
    const named = NAMED_FAILING_ACCOUNTS[index];
    if (named) return { id, ...(named as object) } as YamlValue;
    const region = CITIES[index % CITIES.length] as string;
    const failing = index < 29;
    return {
      id,
      name: `${region.replace(/市$/, '')}政务${String(index + 1).padStart(3, '0')}`,
      platform: platforms[index % platforms.length] as string,
      owner: `${region}部门${String((index % 28) + 1).padStart(2, '0')}`,
      region,
      checked: index < 274 ? undefined : false,
      veto: failing ? [index % 2 ? '内容不更新' : '互动回应差'] : undefined,
    };
  });
}

/** One earlier quarter: the portals only, scored by group; `high` sites above 80. */
function earlierQuarter(options: { quarter: { year: number; quarter: number }; previous?: string; averages: number[]; highIds: ReadonlySet<string>; all: readonly Portal[] }): string {
  const { quarter, previous, averages, highIds, all } = options;
  const targets = groupTargets(averages);
  const highCount = all.filter((site) => highIds.has(site.id)).length;
  const scores = tieredScores({ targets, high: highCount, low: all.length - highCount, lift: 1.08 });
  const queues = { high: [...scores.high], low: [...scores.low] };
  const websites = all.map((site) => {
    const values = (highIds.has(site.id) ? queues.high : queues.low).shift() as number[];
    if (highIds.has(site.id) !== total(values) > 8000) throw new Error(`${site.owner}: 分档与80分线不符`);
    return portalRecord(site, scoresOf(targets, values, hundredths));
  });
  const end = ['03-31', '06-30', '09-30', '12-31'][quarter.quarter - 1];
  return quarterYaml({
    header: [`广西 ${quarter.year}年第${quarter.quarter}季度：只列政府门户网站的扣分指标得分（由 scripts/seeds/guangxi.ts 生成，不要手改）`],
    fields: {
      period: quarter,
      date: `${quarter.year + (quarter.quarter === 4 ? 1 : 0)}-${quarter.quarter === 4 ? '01' : String(quarter.quarter * 3 + 1).padStart(2, '0')}-15`,
      window: { start: `${quarter.year}-${String(quarter.quarter * 3 - 2).padStart(2, '0')}-01`, end: `${quarter.year}-${end}` },
      deadline: `${quarter.year + (quarter.quarter === 4 ? 1 : 0)}-${quarter.quarter === 4 ? '01' : String(quarter.quarter * 3 + 1).padStart(2, '0')}-30`,
      previous,
    },
    websites,
  });
}

export function guangxiFiles(narrative: { problems: string; requirements: string }): Record<string, string> {
  const { high, low } = portals();
  const all = [...high, ...low];
  const streakIds = new Set(high.slice(8, 11).map((site) => site.id));
  const earlierHigh = (count: number) => new Set([...streakIds, ...low.slice(0, count).map((site) => site.id)]);
  const current = tieredScores({ targets: ITEM_TARGETS, high: high.length, low: low.length, lift: 1.08 });
  const portalRecords = [
    ...high.map((site, index) => portalRecord(site, scoresOf(ITEM_TARGETS, current.high[index] ?? [], hundredths))),
    ...low.map((site, index) => portalRecord(site, scoresOf(ITEM_TARGETS, current.low[index] ?? [], hundredths))),
  ];
  if (current.high.some((site) => total(site) <= 8000) || current.low.some((site) => total(site) > 8000 || total(site) < 6000)) throw new Error('2020年第一季度分档不符');
  return {
    '2019-q2.yaml': earlierQuarter({ quarter: { year: 2019, quarter: 2 }, averages: [2500, 2000, 1200, 1800], highIds: earlierHigh(20), all }),
    '2019-q3.yaml': earlierQuarter({ quarter: { year: 2019, quarter: 3 }, previous: '2019-q2.yaml', averages: [2550, 2010, 1230, 1820], highIds: earlierHigh(22), all }),
    // 29 of 126 above 80 (23%); indices 0.88, 0.81, 0.63, 0.74; average 77.48
    '2019-q4.yaml': earlierQuarter({ quarter: { year: 2019, quarter: 4 }, previous: '2019-q3.yaml', averages: [2625, 2025, 1258, 1840], highIds: earlierHigh(26), all }),
    '2020-q1.yaml': quarterYaml({
      header: ['广西 2020年第一季度全区政府网站和政务新媒体抽查记录（种子通报 001；由 scripts/seeds/guangxi.ts 生成，不要手改）', '具名单位取自通报原文，其余网站和账号为虚构。'],
      fields: {
        period: { year: 2020, quarter: 1 },
        date: '2020-04-15',
        window: { start: '2020-01-01', end: '2020-03-31' },
        deadline: '2020-04-30',
        previous: '2019-q4.yaml',
      },
      narrative,
      websites: [...portalRecords, ...departmentSites()],
      accounts: accounts(),
    }),
  };
}
