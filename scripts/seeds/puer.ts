// Seed 004: 普洱市人民政府办公室, 2022年一季度, and 2021年四季度 before it, whose 14 failing
// accounts this quarter reports as all rectified. 12 websites, none failing; 279 accounts,
// all monitored, 12 failing. The named units are the seed's.

import { quarterYaml, type YamlValue } from './yaml.js';

const COUNTIES = ['思茅区', '宁洱县', '墨江县', '景东县', '景谷县', '镇沅县', '江城县', '孟连县', '澜沧县', '西盟县'];

function websites(): YamlValue[] {
  const sites = [
    { name: '普洱市人民政府门户网站', owner: '市政府办公室', kind: '门户网站', level: '市级', region: '市本级' },
    ...COUNTIES.map((county) => ({ name: `${county}人民政府门户网站`, owner: `${county}人民政府办公室`, kind: '门户网站', level: '县级', region: county })),
    { name: '普洱市发展和改革委员会网站', owner: '市发展改革委', kind: '部门网站', level: '市级', region: '市本级' },
  ];
  return sites.map((site, index) => ({ id: `w${String(index + 1).padStart(2, '0')}`, ...site }));
}

/** Failing this quarter: the two the seed names, then ten invented. */
const NAMED_FAILING: Array<[string, string, string]> = [
  ['思茅区投资促进局', '思茅区投资促进局', '思茅区'],
  ['西盟县勐梭镇人民政府', '西盟县勐梭镇人民政府', '西盟县'],
];

/** 279 accounts: ids a001–a279; `failing` maps an index to its veto item. */
function accounts(failing: (index: number) => string | undefined): YamlValue[] {
  const platforms = ['微信公众号', '新浪微博', '今日头条', '抖音'];
  const regions = ['市本级', ...COUNTIES];
  return Array.from({ length: 279 }, (_, index) => {
    const named = NAMED_FAILING[index];
    const region = named ? named[2] : (regions[index % regions.length] as string);
    const veto = failing(index);
    return {
      id: `a${String(index + 1).padStart(3, '0')}`,
      name: named ? named[0] : `${region}政务${index + 1}`,
      platform: named ? '微信公众号' : (platforms[index % platforms.length] as string),
      owner: named ? named[1] : `${region}单位${index + 1}`,
      region,
      veto: veto ? [veto] : undefined,
    };
  });
}

/** 2021 Q4 failed a101–a114; 2022 Q1 fails a001–a012. */
const LAST_QUARTER_FAILING = Array.from({ length: 14 }, (_, index) => `a${101 + index}`);

export function puerFiles(narrative: { problems: string; requirements: string }): Record<string, string> {
  return {
    '2021-q4.yaml': quarterYaml({
      header: ['普洱 2021年四季度检查记录（种子通报 004 的上一季度；由 scripts/seeds/puer.ts 生成，不要手改）'],
      fields: {
        period: { year: 2021, quarter: 4 },
        date: '2022-01-10',
        window: { start: '2021-10-01', end: '2021-12-25' },
        deadline: '2022-01-25',
      },
      websites: websites(),
      accounts: accounts((index) => (index >= 100 && index < 114 ? '内容不更新' : undefined)),
    }),
    '2022-q1.yaml': quarterYaml({
      header: ['普洱 2022年一季度全市政府网站和政府系统政务新媒体检查记录（种子通报 004；由 scripts/seeds/puer.ts 生成，不要手改）', '具名单位取自通报原文，其余网站和账号为虚构。'],
      fields: {
        period: { year: 2022, quarter: 1 },
        date: '2022-04-07',
        window: { start: '2022-01-01', end: '2022-03-25' },
        deadline: '2022-04-25',
        previous: '2021-q4.yaml',
        rectification: { fixed: LAST_QUARTER_FAILING },
      },
      narrative,
      websites: websites(),
      accounts: accounts((index) => (index < 12 ? (index % 3 === 2 ? '互动回应差' : '内容不更新') : undefined)),
    }),
  };
}
