// Seed 003: 黑龙江省人民政府办公厅, 2022年第二季度. 200 websites all checked, 30 failing (28
// pass the re-check); 76 scoring 90 or more against 44 in the first quarter, which is given as
// published figures; 339 accounts, 30 failing. The named units are the seed's.

import { quarterYaml, type YamlValue } from './yaml.js';

const REGIONS = ['哈尔滨市', '齐齐哈尔市', '牡丹江市', '佳木斯市', '大庆市', '鸡西市', '双鸭山市', '伊春市', '七台河市', '鹤岗市', '黑河市', '绥化市', '大兴安岭地区'];
const WEBSITES_ALL_PASSED = new Set(['哈尔滨市', '佳木斯市', '鸡西市', '齐齐哈尔市', '大兴安岭地区']);
const ACCOUNTS_ALL_PASSED = new Set(['哈尔滨市', '佳木斯市', '双鸭山市', '黑河市', '大兴安岭地区']);

/** The seed's 17 portals at 100 or more, in its order, with their regions. */
const TOP_PORTALS: Array<[string, string]> = [
  ['佳木斯市', '佳木斯市'], ['齐齐哈尔市', '齐齐哈尔市'], ['双城区', '哈尔滨市'], ['呼兰区', '哈尔滨市'], ['平房区', '哈尔滨市'], ['松北区', '哈尔滨市'],
  ['延寿县', '哈尔滨市'], ['肇州县', '大庆市'], ['郊区', '佳木斯市'], ['尚志市', '哈尔滨市'], ['同江市', '佳木斯市'], ['道里区', '哈尔滨市'],
  ['道外区', '哈尔滨市'], ['香坊区', '哈尔滨市'], ['龙江县', '齐齐哈尔市'], ['东风区', '佳木斯市'],
];

type Tier = 'top' | 'high' | 'middle' | 'failing';

interface Site {
  readonly owner: string;
  readonly name: string;
  readonly kind: string;
  readonly level: string;
  readonly region: string;
  tier: Tier;
  veto?: string;
  problem?: string;
  recheck?: '合格' | '不合格';
}

const portalSite = (owner: string, level: string, region: string, tier: Tier = 'middle'): Site => ({ owner, name: `${owner === '省政府' ? '黑龙江省' : owner}人民政府门户网站`, kind: '门户网站', level, region, tier });
const departmentSite = (owner: string, level: string, region: string, tier: Tier = 'middle'): Site => ({ owner, name: `${owner}网站`, kind: '部门网站', level, region, tier });

function sites(): Site[] {
  const list: Site[] = [portalSite('省政府', '省级', '省本级', 'top'), ...TOP_PORTALS.map(([owner, region]) => portalSite(owner, owner === region ? '市级' : '县级', region, 'top'))];
  const named = new Set(list.map((site) => site.owner));
  for (const region of REGIONS) if (!named.has(region)) list.push(portalSite(region, '市级', region));
  const failingNamed = [
    { ...portalSite('绥化市青冈县', '县级', '绥化市'), tier: 'failing' as Tier, veto: '栏目不更新', problem: '多个栏目更新不及时，多个空白栏目，国徽使用不规范', recheck: '不合格' as const },
    { ...portalSite('七台河市新兴区', '县级', '七台河市'), tier: 'failing' as Tier, veto: '互动回应差', problem: '政民互动栏目在线咨询建言渠道无法访问', recheck: '不合格' as const },
    { ...departmentSite('省地矿局', '省直部门', '省本级'), tier: 'failing' as Tier, veto: '首页不更新', problem: '首页长期不更新', recheck: '合格' as const },
  ];
  list.push(...failingNamed, portalSite('牡丹江市爱民区', '县级', '牡丹江市'));
  while (list.filter((site) => site.kind === '门户网站').length < 120) {
    const region = REGIONS[list.length % REGIONS.length] as string;
    list.push(portalSite(`${region.replace(/(市|地区)$/, '')}第${list.length}县（区）`, '县级', region));
  }
  list.push(departmentSite('省农业农村厅', '省直部门', '省本级', 'high'), departmentSite('省交通运输厅', '省直部门', '省本级', 'high'));
  for (let index = 3; index <= 49; index++) list.push(departmentSite(`省直部门${index}`, '省直部门', '省本级'));
  for (let index = 1; index <= 30; index++) list.push(departmentSite(`${REGIONS[index % REGIONS.length]}部门${index}`, '市县部门', REGIONS[index % REGIONS.length] as string));
  // 27 more failing sites, in the regions the seed does not list at 100%; all pass the re-check
  const failingRegions = ['省本级', ...REGIONS.filter((region) => !WEBSITES_ALL_PASSED.has(region))];
  const vetoes = ['栏目不更新', '首页不更新', '互动回应差', '站点无法访问'];
  let failing = 0;
  for (const site of list) {
    if (failing === 27) break;
    if (site.tier === 'middle' && failingRegions.includes(site.region) && site.owner !== '牡丹江市爱民区' && !REGIONS.includes(site.owner)) {
      Object.assign(site, { tier: 'failing', veto: vetoes[failing % vetoes.length], recheck: '合格' });
      failing++;
    }
  }
  // 57 more portals at 90 to 100
  let high = 0;
  for (const site of list) {
    if (high === 57) break;
    if (site.tier === 'middle' && site.kind === '门户网站') {
      site.tier = 'high';
      high++;
    }
  }
  return list;
}

/** 扣分 score split over the four groups (30/25/20/25 points) in hundredths, plus bonus. */
function scoresFor(tier: Tier, index: number): { scores?: YamlValue; bonus?: string } {
  if (tier === 'failing') return {};
  const deduction = { top: 9200 + (index % 5) * 100, high: 8500 + (index % 4) * 100, middle: 7000 + (index % 15) * 100 }[tier];
  const parts = [Math.round(deduction * 0.3), Math.round(deduction * 0.25), Math.round(deduction * 0.2)];
  const values = [...parts, deduction - parts.reduce((sum, value) => sum + value, 0)].map((value) => String(value / 100));
  const [发布解读, 办事服务, 互动交流, 功能设计] = values as [string, string, string, string];
  const bonus = { top: '10', high: '5', middle: undefined }[tier];
  return { scores: { 发布解读, 办事服务, 互动交流, 功能设计 }, bonus };
}

const NAMED_ACCOUNTS: Array<[string, string, string, string, string]> = [
  ['投资龙江', '微信订阅号', '省商务厅', '省本级', '内容不更新'],
  ['黑龙江普法', '新浪微博', '省司法厅', '省本级', '内容不更新'],
  ['黑龙江省林口林业局交警大队', '微信订阅号', '黑龙江省林口林业局', '牡丹江市', '内容不更新'],
  ['东方红林业交警大队', '抖音短视频', '东方红林业局', '鸡西市', '内容不更新'],
  ['庆安县人社局', '微信订阅号', '绥化市庆安县人社局', '绥化市', '互动回应差'],
  ['茄子河镇政府', '微信订阅号', '七台河市茄子河镇政府', '七台河市', '互动回应差'],
];

/** 339 accounts, all checked; 30 failing (15 not updated, 15 slow to answer), 14 pass the re-check, 16 do not. */
function accounts(): YamlValue[] {
  const platforms = ['微信订阅号', '新浪微博', '抖音短视频', '今日头条', '微信服务号'];
  const failingRegions = ['省本级', ...REGIONS.filter((region) => !ACCOUNTS_ALL_PASSED.has(region))];
  return Array.from({ length: 339 }, (_, index) => {
    const id = `a${String(index + 1).padStart(3, '0')}`;
    const named = NAMED_ACCOUNTS[index];
    if (named) {
      const [name, platform, owner, region, veto] = named;
      return { id, name, platform, owner, region, veto: [veto], recheck: '不合格' };
    }
    const failing = index < 30;
    const region = failing ? (failingRegions[index % failingRegions.length] as string) : (['省本级', ...REGIONS][index % 14] as string);
    return {
      id,
      name: `${region.replace(/(市|地区)$/, '')}政务${index + 1}`,
      platform: platforms[index % platforms.length] as string,
      owner: `${region}单位${index + 1}`,
      region,
      veto: failing ? [index < 17 ? '内容不更新' : '互动回应差'] : undefined,
      recheck: failing ? (index < 16 ? '不合格' : '合格') : undefined,
    };
  });
}

export function heilongjiangFiles(narrative: { problems: string; requirements: string }): Record<string, string> {
  const websites = sites().map((site, index) => ({
    id: `w${String(index + 1).padStart(3, '0')}`,
    name: site.name,
    owner: site.owner,
    kind: site.kind,
    level: site.level,
    region: site.region,
    veto: site.veto ? [site.veto] : undefined,
    problem: site.problem,
    recheck: site.recheck,
    ...scoresFor(site.tier, index),
  }));
  return {
    '2022-q2.yaml': quarterYaml({
      header: ['黑龙江 2022年第二季度全省政府网站和政务新媒体检查记录（种子通报 003；由 scripts/seeds/heilongjiang.ts 生成，不要手改）', '具名单位取自通报原文，其余网站和账号为虚构；第一季度只有通报公布的数。'],
      fields: {
        period: { year: 2022, quarter: 2 },
        date: '2022-06-29',
        window: { start: '2022-04-01', end: '2022-06-20' },
        deadline: '2022-07-29',
        previous: { published: { period: { year: 2022, quarter: 1 }, websites: { running: 203, checked: 203, failing: 41, scored: 162, scoreLines: [{ score: 90, count: 44 }] }, accounts: { running: 352, checked: 352, failing: 40 } } },
        messages: [{ name: '我为政府网站找错', window: { start: '2022-03-21', end: '2022-06-20' }, received: 129, finished: 129 }],
      },
      narrative,
      websites,
      accounts: accounts(),
    }),
  };
}
