// Seed 002: 上海, 2025年第三季度. 67 websites all checked twice, none failing; 1609 accounts of
// which 348 checked, the five failing ones named in the seed with their owners and platforms.

import { quarterYaml, type YamlValue } from './yaml.js';

const DISTRICTS = ['黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区', '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区'];
const MAIN_KIND = '市、区政府门户网站以及市政府部门网站';

function websites(): YamlValue[] {
  const site = (index: number, fields: { name: string; owner: string; kind: string; level: string; region: string }): YamlValue => ({ id: `w${String(index + 1).padStart(2, '0')}`, ...fields });
  const portals = [
    { name: '上海市人民政府门户网站', owner: '市政府办公厅', kind: MAIN_KIND, level: '市级', region: '市级' },
    ...DISTRICTS.map((district) => ({ name: `上海市${district}人民政府门户网站`, owner: `${district}政府办公室`, kind: MAIN_KIND, level: '区级', region: district })),
  ];
  const departments = Array.from({ length: 42 }, (_, index) => ({ name: `市政府部门网站${index + 1}`, owner: `市级部门${index + 1}`, kind: MAIN_KIND, level: '市级', region: '市级' }));
  const subsites = Array.from({ length: 4 }, (_, index) => ({ name: `市级部门下属子网站${index + 1}`, owner: `市级部门${index + 1}`, kind: '市政府部门下属子网站', level: '市级', region: '市级' }));
  const zones = Array.from({ length: 4 }, (_, index) => ({ name: `开发区管委会网站${index + 1}`, owner: `开发区管委会${index + 1}`, kind: '管委会网站', level: '市级', region: '市级' }));
  return [...portals, ...departments, ...subsites, ...zones].map((fields, index) => site(index, fields));
}

const FAILING: Array<[string, string, string]> = [
  ['长三角城管综合执法', '微信公众号', '市城管执法局'],
  ['上海追溯', '微信公众号', '市商务委'],
  ['上海统计', '微信公众号', '市统计局'],
  ['上海民宗发布', '新浪微博', '市民族宗教局'],
  ['上海统计', '澎湃号', '市统计局'],
];

/** 1609 accounts; the first 348 checked (each district's and the city departments'), five failing. */
function accounts(): YamlValue[] {
  const platforms = ['微信公众号', '新浪微博', '抖音', '今日头条', '澎湃号', '移动客户端'];
  const regions = ['市级部门', ...DISTRICTS];
  return Array.from({ length: 1609 }, (_, index) => {
    const id = `a${String(index + 1).padStart(4, '0')}`;
    const failing = FAILING[index];
    if (failing) {
      const [name, platform, owner] = failing;
      return { id, name, platform, owner, region: '市级部门', veto: ['内容不更新'], problem: '监测点前两周未更新', recheck: '合格' };
    }
    const region = regions[index % regions.length] as string;
    return {
      id,
      name: `${region}政务账号${index + 1}`,
      platform: platforms[index % platforms.length] as string,
      owner: region === '市级部门' ? `市级部门${(index % 42) + 1}` : `${region}部门${(index % 30) + 1}`,
      region,
      checked: index < 348 ? undefined : false,
    };
  });
}

/** The two parts' 下一步工作: the websites' own, and the accounts' (the default section). */
export function shanghaiFiles(narrative: { websiteRequirements: string; requirements: string }): Record<string, string> {
  return {
    '2025-q3.yaml': quarterYaml({
      header: ['上海 2025年第三季度本市政府网站和政务新媒体检查记录（种子通报 002；由 scripts/seeds/shanghai.ts 生成，不要手改）', '五个不合格账号取自通报原文，其余网站和账号为虚构。'],
      fields: {
        period: { year: 2025, quarter: 3 },
        date: '2025-09-28',
        window: { start: '2025-07-01', end: '2025-09-26' },
        monitoringPoint: '2025-08-14',
        deadline: '2025-10-31',
        rounds: { websites: 2 },
      },
      narrative,
      websites: websites(),
      accounts: accounts(),
    }),
  };
}
