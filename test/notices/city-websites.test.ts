// 清江市（虚构）2025年第二季度政府网站检查情况通报：只有政府网站，三个季度的记录
// (2024-q4 → 2025-q1 → 2025-q2)，措辞在 city-websites/templates/partials/body.hbs。
// Every figure the notice prints is asserted as a whole sentence in the HTML, the DOCX and the
// PDF, with the arithmetic worked by hand from the quarter files below.
//
// 扣分指标得分（加分只在扣分指标得分高于80分时计入；“否决”为单项否决，不评分）:
//
// | 编号 | 网站                       | 2024-q4 | 2025-q1   | 2025-q2    |
// |------|----------------------------|---------|-----------|------------|
// | w01  | 清江市人民政府门户网站     | 90+12   | 92+14     | 93+15 =108 |
// | w02  | 市发展和改革委员会网站     | 84+2    | 85+2      | 86+3       |
// | w03  | 市教育局网站               | 82      | 83        | 84         |
// | w04  | 市民政局网站               | 80      | 81        | 82         |
// | w05  | 市人力资源和社会保障局网站 | 78      | 80        | 79         |
// | w06  | 市自然资源和规划局网站     | 80      | 82        | 81.5       |
// | w07  | 市农业农村局网站           | 否决    | 82        | 否决       |
// | w08  | 市档案馆网站               | 72      | 关停      | —          |
// | w11  | 东城区人民政府门户网站     | 92+10   | 94+12     | 96+12 =108 |
// | w12  | 东城区教育局网站           | 80      | 82        | 88         |
// | w13  | 东城区卫生健康局网站       | 82      | 80        | 85         |
// | w21  | 西城区人民政府门户网站     | 86+6    | 88+8      | 90+10      |
// | w22  | 西城区市场监督管理局网站   | 80      | 78        | 83         |
// | w23  | 西城区民政局网站           | 78      | 76        | 80         |
// | w31  | 南湖区人民政府门户网站     | 84+4    | 86+6      | 88+8       |
// | w32  | 南湖区发展和改革局网站     | 76      | 75        | 78         |
// | w33  | 南湖区教育局网站           | 78      | 77        | 82         |
// | w34  | 南湖区卫生健康局网站       | 76      | 74        | 否决       |
// | w35  | 南湖区人力资源和社会保障局 | 72      | 72        | 76         |
// | w36  | 南湖区农业农村局网站       | 否决    | 75        | 80         |
// | w41  | 北山区人民政府门户网站     | 70      | 68        | 72         |
// | w42  | 北山区住房和城乡建设局网站 | 74      | 否决      | 55 (<60)   |
// | w43  | 北山区应急管理局网站       | 72      | 否决      | 70         |
// | w44  | 北山区教育局网站           | 70      | 72        | 74         |
//
// 2025-q2, by hand:
//   running 23 = 市本级 7 (w01–w07) + 东城 3 + 西城 3 + 南湖 6 + 北山 4; all checked (全覆盖):
//     市级门户 1 (w01), 市级部门 6 (w02–w07), 区门户 4 (w11 w21 w31 w41), 区部门 12 (2 + 2 + 5 + 3).
//   the same 23 ids were checked in 2025-q1 (w08 closed then, and is gone now) → 检查范围与上季度一致.
//   failing 3: w07 (栏目不更新), w34 (站点无法访问), w42 (55 < 60, no veto: tongbao writes its 问题).
//   pass rate 20/23 = 0.869565… → 87.0 → “87%” (cut off, not rounded, it would be 86.9%);
//     2025-q1 21/23 = 0.913043… → 91.3%; 87 − 91.3 = −4.3 → 下降4.3个百分点.
//   scored 21 (23 − the two vetoed). 扣分 scores:
//     q2: 市本级 93+86+84+82+79+81.5 = 505.5; 东城 96+88+85 = 269; 西城 90+83+80 = 253;
//         南湖 88+78+82+76+80 = 404; 北山 72+55+70+74 = 271; 505.5+269+253+404+271 = 1702.5;
//         1702.5 ÷ 21 = 81.071428… → 81.07.
//     q1: 市本级 92 + (85+83+81+80+82+82 = 493) = 585; 东城 94+82+80 = 256; 西城 88+78+76 = 242;
//         南湖 86+75+77+74+72+75 = 459; 北山 68+72 = 140; 585+256+242+459+140 = 1682;
//         1682 ÷ 21 = 80.095238… → 80.10.
//     81.07 − 80.10 = 0.97 → 提高0.97分; from the unrounded means 0.976190… would print 0.98 (wrong).
//   区门户 (level 区县级 × kind 门户网站): q2 (96+90+88+72) ÷ 4 = 346 ÷ 4 = 86.5; q1 (94+88+86+68) ÷ 4 = 336 ÷ 4 = 84;
//     86.5 − 84 = 2.5 ≥ 0.5 → 提高2.5分.
//   市级部门 (level 市级 × kind 部门网站): q2 w02–w06 (w07 vetoed) 412.5 ÷ 5 = 82.5; q1 w02–w07 493 ÷ 6 = 82.1666… → 82.17;
//     82.5 − 82.17 = 0.33 < flatThresholds.score 0.5 → 与上季度基本持平 (not “提高0.33分”).
//   总分 highest: w01 93 + 15 = 108 and w11 96 + 12 = 108, tied (next w21 90 + 10 = 100) → 均为108分.
//   扣分指标得分 lowest: w42 55. Most 加分: w01 15 (w11 12, w21 10, w31 8, w02 3).
//   平均扣分 (100 × 21 − 1702.5) ÷ 21 = 397.5 ÷ 21 = 18.928571… → 18.93 (81.07 + 18.93 = 100);
//     least 扣分 100 − 96 = 4 (w11).
//   功能设计: every scored site has 25 of 25 this quarter → 各网站功能设计均未扣分.
//   districts (level 区县级 × region; 市本级 is no 区):
//     东城 3/3 and 西城 3/3 in q4, q1 and q2 → 连续三个季度合格率达100%.
//     南湖 q4 5/6 (w36), q1 6/6 = 100%, q2 5/6 = 83.333… → 83.3% → 由上季度的100%下降至83.3%.
//     北山 q4 4/4, q1 2/4 = 50% (w42, w43), q2 3/4 = 75% → 由上季度的50%提高至75%.
//     below 90%: 南湖, 北山 → 有2个区 (市本级 6/7 = 85.7% is below too, but is not a 区: never “有3个区”).
//     mean score by district, q2: 东城 269 ÷ 3 = 89.67, 西城 253 ÷ 3 = 84.33, 南湖 404 ÷ 5 = 80.8, 北山 271 ÷ 4 = 67.75;
//     q1: 东城 256 ÷ 3 = 85.33, 西城 242 ÷ 3 = 80.67, 南湖 459 ÷ 6 = 76.5, 北山 140 ÷ 2 = 70 → 北山 last both quarters.
//   last quarter's failing w42, w43: the q2 file says w43 fixed, w42 still failing → 2家…中，1家…整改，1家复查仍不合格.
//   failed before: w07 in 2024-q4 (passed 2025-q1), w42 in 2025-q1; w34 never.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotice, expectEverywhere, expectNowhere, expectRows, type NoticeTexts } from './harness.js';

let texts: NoticeTexts;
beforeAll(async () => {
  texts = await buildNotice('city-websites/2025-q2.yaml');
}, 120_000);

describe('清江市 2025年第二季度政府网站检查情况通报', () => {
  it('has the title, the 文号 and the 主送, and speaks of websites only', () => {
    expectEverywhere(texts, [
      '清江市人民政府办公室关于2025年第二季度全市政府网站检查情况的通报',
      '清政办函〔2025〕19号',
      '各区人民政府，市政府各部门：',
      '市政府办公室于2025年4月1日至6月20日组织开展了2025年第二季度全市政府网站检查工作。现将有关情况通报如下：',
    ]);
    // the red 版头 is printed, not part of the web page
    expect(texts.docx).toContain('清江市人民政府办公室文件');
    expect(texts.pdf).toContain('清江市人民政府办公室文件');
    // 政务新媒体 appears only in the title of the 19号 document the notice cites
    expectNowhere(texts, ['政府网站和政务新媒体', '政务新媒体检查情况', '政务新媒体共', '账号']);
  });

  it('reports last quarter’s failing sites re-checked', () => {
    expectEverywhere(texts, ['经复查，上季度检查发现的2家不合格政府网站中，1家已按要求完成整改，1家复查仍不合格（北山区住房和城乡建设局网站）。']);
  });

  it('counts the sites by level and kind, the scope and the pass rate against last quarter', () => {
    expectEverywhere(texts, [
      '目前，全市正常运行的政府网站共23家，其中市政府门户网站1家、市级部门网站6家、区政府门户网站4家、区级部门网站12家。',
      '本季度对23家网站进行了全覆盖检查，检查范围与上季度一致。',
      '检查发现不合格网站3家，合格率为87%，较上季度下降4.3个百分点。',
    ]);
    expectNowhere(texts, ['合格率为86.9%', '合格率为87.0%', '抽查比例']);
  });

  it('reports the mean scores of the site groups against last quarter, the extremes and the deductions', () => {
    expectEverywhere(texts, [
      '经评分的21家网站扣分指标平均得分81.07分，较上季度提高0.97分。',
      '其中，区政府门户网站平均得分86.5分，较上季度提高2.5分；市级部门网站平均得分82.5分，与上季度基本持平。',
      '总分（含加分）最高的是清江市人民政府门户网站、东城区人民政府门户网站，均为108分；扣分指标得分最低的是北山区住房和城乡建设局网站，为55分。',
      '最多加分为清江市人民政府门户网站，加15分。',
      '各网站平均扣分18.93分，最少扣分4分（东城区人民政府门户网站）。',
      '各网站功能设计均未扣分。',
    ]);
    // the change of the unrounded means; a change below the flat threshold printed as such; a tie cut to one
    expectNowhere(texts, ['提高0.98分', '提高0.33分', '最高的是清江市人民政府门户网站，为108分']);
  });

  it('follows the districts over three quarters: streaks, rates below 90%, their history and the ranking from the bottom', () => {
    expectEverywhere(texts, [
      '东城区、西城区连续三个季度合格率达100%。',
      '有2个区合格率不足90%，其中南湖区由上季度的100%下降至83.3%，北山区由上季度的50%提高至75%。',
      '从各区网站平均得分看，北山区平均得分67.75分，连续两个季度排名居后。',
    ]);
    expectNowhere(texts, ['有3个区', '市本级由上季度', '南湖区连续', '北山区连续三个季度']);
  });

  it('names the failing sites, those failing again, and lists them in the attachment', () => {
    expectEverywhere(texts, [
      '检查发现不合格网站3家：清江市农业农村局网站（“通知公告”“政策文件”等6个栏目超过6个月未更新）、南湖区卫生健康局网站（监测期间累计无法访问次数超过5%）、北山区住房和城乡建设局网站（扣分指标得分低于60分）（详见附件）。',
      '其中，清江市农业农村局网站在2024年第四季度被通报后再次被判定不合格，北山区住房和城乡建设局网站在2025年第一季度被通报后再次被判定不合格。',
      '附件：2025年第二季度全市政府网站检查不合格名单',
      '注：检查时间2025年4月1日至6月20日。',
    ]);
    expectRows(texts, [
      ['序号', '区/部门', '网站名称', '问题'],
      ['1', '市农业农村局', '清江市农业农村局网站', '“通知公告”“政策文件”等6个栏目超过6个月未更新'],
      ['2', '南湖区卫生健康局', '南湖区卫生健康局网站', '监测期间累计无法访问次数超过5%'],
      ['3', '北山区住房城乡建设局', '北山区住房和城乡建设局网站', '扣分指标得分低于60分'],
    ]);
    expectNowhere(texts, ['南湖区卫生健康局网站在']);
  });

  it('sets out the requirements with run-in headings, the deadline and the signature', () => {
    expectEverywhere(texts, [
      '（一）压实主体责任。各区、各部门要按照“谁主管谁负责、谁运维谁负责”的原则',
      '（二）强化日常监管。各区政府办公室要加强对本区政府网站的日常巡检',
      '（三）推进集约化建设。对无力保障的部门网站',
      '被通报为不合格的政府网站的主办单位，请于2025年7月31日前将整改落实情况（含电子版）报送市政府办公室（联系人及电话：陈立新，0736-2281234；邮箱：zwgk@qingjiang.gov.cn）。',
      '清江市人民政府办公室2025年7月8日',
    ]);
  });
});
