// Builds each seed data set (data/seeds/) to HTML and checks the text against the figures the
// seed notice published, each written as the seed prints it. Where the seed's own arithmetic
// is wrong, tongbao's correct figure is asserted and the seed's figure must be absent:
//
// | seed | the seed prints                                   | tongbao prints                    | why                                   |
// |------|---------------------------------------------------|-----------------------------------|---------------------------------------|
// | 001  | 占比41%，较2019年第四季度提高18%                   | 提高18个百分点                     | a change of two shares is in 个百分点 |
// | 003  | 对比第一季度44个…，增长率42.1%                     | 增长率72.7%                        | (76−44)÷44, not ÷76                   |

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { readerText } from './reader-text.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'tongbao-seeds-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The notice's text as a reader sees it: the fragment without tags, entities decoded. */
async function noticeText(quarterFile: string): Promise<string> {
  const [notice] = await build({ files: [join(PROJECT_ROOT, quarterFile)], formats: ['html'], outDir, projectRoot: PROJECT_ROOT, log: () => {} });
  return readerText(readFileSync(join(notice!.folder, '通报.fragment.html'), 'utf8'));
}

function expectAll(text: string, literals: readonly string[]): void {
  for (const literal of literals) expect(text, literal).toContain(literal);
}

describe('seed 001 广西 2020年第一季度', () => {
  it('carries every figure of the seed', async () => {
    const text = await noticeText('data/seeds/001-广西/2020-q1.yaml');
    expectAll(text, [
      '全区正在运行的政府网站577家，政务新媒体897个',
      '自治区人民政府门户网站1家', '市级人民政府门户网站14家', '县级人民政府门户网站111家', '其他部门网站451家',
      '此次共抽查政府网站210家，包括126家政府门户网站和84家部门网站，抽查比例为36.4%，整体合格率为100%',
      '共抽查政务新媒体274个，抽查比例为30.5%，整体合格率为89.4%',
      '扣分指标平均得分79.2分，较上季度提高1.72分',
      '其中柳州市、贵港市、来宾市、崇左市、横县、柳州市柳北区、贵港市港南区、田林县等52个门户网站得分高于80分，占比41%',
      '南宁市、玉林市、北海市3个市级政府门户网站连续四个季度得分高于80分',
      '发布解读平均得分指数为0.87，较2019年第四季度基本持平',
      '办事服务平均得分指数为0.82，较2019年第四季度基本持平',
      '互动交流平均得分指数为0.71，较2019年第四季度提升0.08',
      '功能设计平均得分指数为0.74，较2019年第四季度相同',
      '平均得分指数分别为0、0、0.26、0.27、0.33、0.46',
      '请于2020年4月30日前', 'bgtdzzwc@gxzf.gov.cn',
    ]);
    expect(text).toContain('较2019年第四季度提高18个百分点');
    expect(text).not.toContain('提高18%');
  });
});

describe('seed 002 上海 2025年第三季度', () => {
  it('carries every figure of the seed', async () => {
    const text = await noticeText('data/seeds/002-上海/2025-q3.yaml');
    expectAll(text, [
      '正常运行状态的政府网站共有67家',
      '市、区政府门户网站以及市政府部门网站共59家，市政府部门下属子网站4家，管委会网站4家',
      '67家政府网站开展了检查共计134次', '合格率为100%', '67家网站安全情况均良好',
      '开设的1609个政务新媒体账号中的348个账号进行了抽查',
      '政务新媒体账号5个，目前已按照要求落实整改',
      '微信公众号“长三角城管综合执法”“上海追溯”“上海统计”，新浪微博“上海民宗发布”，澎湃号“上海统计”等账号在监测时间点前两周未更新',
      '市城管执法局', '市商务委', '市统计局', '市民族宗教局', '监测点前两周未更新', '监测时间点2025年8月14日',
    ]);
  });
});

describe('seed 003 黑龙江 2022年第二季度', () => {
  it('carries every figure of the seed', async () => {
    const text = await noticeText('data/seeds/003-黑龙江/2022-q2.yaml');
    expectAll(text, [
      '对全省正常运行的200个政府网站进行了全覆盖检查，总体合格率85%',
      '哈尔滨市、佳木斯市、鸡西市、齐齐哈尔市、大兴安岭地区合格率达100%',
      '本次检查中评分90分以上的网站76个，对比第一季度44个评分90分以上网站',
      '省政府、佳木斯市、齐齐哈尔市、双城区、呼兰区、平房区、松北区、延寿县、肇州县、郊区、尚志市、同江市、道里区、道外区、香坊区、龙江县、东风区17个门户网站得分100分以上',
      '省农业农村厅、省交通运输厅2个省直部门网站得分90分以上',
      '经督促整改复检后，整体合格率达99%',
      '3月21日至6月20日', '网民留言129条', '办结率100%',
      '对正常运行的339个政务新媒体进行了抽查', '总体合格率91.15%',
      '哈尔滨市、佳木斯市、双鸭山市、黑河市、大兴安岭地区合格率100%',
      '其他政务新媒体合格率达95.28%',
      '本次检查发现30个单位单项否决，其中有15个单位超过2周未更新',
      '如投资龙江微信订阅号、黑龙江普法新浪微博、黑龙江省林口林业局交警大队微信订阅号、东方红林业交警大队抖音短视频',
      '2022年6月29日',
    ]);
    expect(text).toContain('增长率72.7%');
    expect(text).not.toContain('42.1%');
  });
});

describe('seed 004 普洱 2022年一季度', () => {
  it('carries every figure of the seed', async () => {
    const text = await noticeText('data/seeds/004-普洱/2022-q1.yaml');
    expectAll(text, [
      '检查发现的14个不合格政府系统政务新媒体已按要求完成整改',
      '登记的在运行政府网站12个，经检查，总体合格率100%',
      '在运行的279个政务新媒体开展常态化监测，发现不合格12个（因出现单项否决指标有关情形判定为不合格），总体合格率为95.7%',
      '于2022年4月25日前', '罗皓丹，2189636', 'pexxgk@163.com', '2022年4月7日', '（此件公开发布）',
      '“思茅区投资促进局”“西盟县勐梭镇人民政府”微信公众号',
    ]);
  });
});
