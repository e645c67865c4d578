// 梅岭县（虚构）开始用 tongbao 的第一个季度（2025-q1：上季度 2024-q4 只有已印发通报公布的数）和
// 第二个季度（2025-q2：政务新媒体本季度没有检查）。信函格式版头、附注（此件公开发布）；总体情况用内置的
// overview.hbs，所以“没有不合格”“没有检查”“没有收到留言”都是内置的说法，这里逐句核对，绝不印出 0%。
// 措辞在 county-first-quarter/templates/partials/（body.hbs、attachments.hbs）。
// Every figure the two notices print is asserted as a whole sentence in the HTML, the DOCX and the
// PDF, with the arithmetic worked by hand from the quarter files.
//
// 2024-q4, as its notice printed it (previous.published): websites 4 running, 4 checked, 1 failing,
//   3 scored, mean 78.5; accounts 30 running, 24 checked, 4 failing.
//
// 2025-q1:
//   websites: w1 门户 86 (26+22+17+21, +6 加分), w2 部门 78 (24+19+16+19), w3 部门 72.5 (22.5+18+14+18), w4 关停
//     → 3 running, 3 checked (全覆盖), none failing → 3/3 = 100% (“未发现不合格网站”, never “不合格网站0个”);
//     2024-q4 (4 − 1)/4 = 75% → 100 − 75 = 25 → 提高25个百分点.
//     mean (86 + 78 + 72.5)/3 = 236.5/3 = 78.8333… → 78.83; 78.83 − 78.5 = 0.33 → 提高0.33分.
//     every site is 县直's → 县直政府网站合格率达100%.
//   找错: 0 received → “未收到…留言” (no 办结率 of nothing).
//   accounts: 29 listed, a13 关停 → 28 running: 微信公众号 19, 新浪微博 1, 今日头条 2, 抖音 6 (the default platform order).
//     checked 21 (a07 a11 a12 a44 and 龙潭乡's a51–a53 not) → 21/28 = 75% → 抽查比例为75%.
//     failing a09 “梅岭市场监管” (内容不更新), a22 “城关镇便民服务” (互动回应差), both 微信公众号
//     → 19/21 = 0.904761… → 90.5% (over the 28 running, 19/28 = 67.9%: wrong).
//     2024-q4 (24 − 4)/24 = 0.8333… → 83.3%; 90.5 − 83.3 = 7.2 → 提高7.2个百分点 (unrounded 7.142857… → 7.1: wrong).
//     veto items, most first, ties in the rules' order: 内容不更新 1、互动回应差 1.
//   by 乡镇 (附件1): 县直 12 running, 9 checked, 1 failing → 8/9 = 88.888… → 88.9%; 城关镇 5/5/1 → 4/5 = 80%;
//     石门镇 4/4/0 → 100%; 青溪乡 4/3/0 → 100%; 龙潭乡 3/0/0 → nothing checked: 未抽查, no rate.
//
// 2025-q2 (previous: 2025-q1 records):
//   last quarter's failing a09, a22 both fixed → 2个不合格政务新媒体已按要求完成整改.
//   websites: w1 88 (27+22.5+17.5+21, +8), w2 栏目不更新, w3 74 (23+18.5+14.5+18); w4 no longer listed
//     → 3 running, 3 checked, 1 failing → 2/3 = 0.6666… → 66.7%; 66.7 − 100 = −33.3 → 下降33.3个百分点.
//     mean (88 + 74)/2 = 81; 81 − 78.83 = 2.17 → 提高2.17分. 县直 has a failing site: no region at 100%.
//     图1, group indices (mean ÷ points), q2 (w1, w3) | q1 (w1, w2, w3):
//       发布解读 (27+23)/2 = 25 ÷ 30 = 0.833… → 0.83 | 72.5/3 ÷ 30 = 0.8055… → 0.81
//       办事服务 (22.5+18.5)/2 = 20.5 ÷ 25 = 0.82 | 59/3 ÷ 25 = 0.7866… → 0.79
//       互动交流 (17.5+14.5)/2 = 16 ÷ 20 = 0.80 | 47/3 ÷ 20 = 0.7833… → 0.78
//       功能设计 (21+18)/2 = 19.5 ÷ 25 = 0.78 | 58/3 ÷ 25 = 0.7733… → 0.77
//   找错: 5 received, 5 finished → 办结率100%.
//   accounts: 28 running (a13 no longer listed), none checked → 本季度未检查政务新媒体 (no 抽查比例, no 合格率).
//   one attachment only → 附件：{title}, unnumbered.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotice, expectEverywhere, expectNowhere, expectRows, type NoticeTexts } from './harness.js';

let first: NoticeTexts;
let second: NoticeTexts;
beforeAll(async () => {
  first = await buildNotice('county-first-quarter/2025-q1.yaml');
  second = await buildNotice('county-first-quarter/2025-q2.yaml');
}, 240_000);

describe('梅岭县 2025年第一季度通报：上季度只有公布的数', () => {
  it('has the letter-format 版头, the 文号, the title and the 主送', () => {
    expectEverywhere(first, [
      '梅政办函〔2025〕12号',
      '梅岭县人民政府办公室关于2025年第一季度全县政府网站和政务新媒体检查情况的通报',
      '各乡镇人民政府，县直各单位：',
      '要求，2025年第一季度，县政府办公室对全县政府网站和政务新媒体运行情况进行了检查。现将检查情况通报如下：',
    ]);
    // the red organ name of the 信函格式 heads the printed first page (the DOCX puts it in the first
    // page's header, which the harness does not read); the web page has none
    expect(first.pdf.startsWith('梅岭县人民政府办公室梅政办函〔2025〕12号')).toBe(true);
    expect(first.html.startsWith('梅政办函〔2025〕12号')).toBe(true);
  });

  it('compares the websites with the figures last quarter’s notice published, with nothing failing and no messages', () => {
    expectEverywhere(first, [
      '目前，全县正常运行的政府网站共3个，其中门户网站1个、部门网站2个。',
      '本季度共检查政府网站3个，实现全覆盖检查；未发现不合格网站，合格率为100%，较上季度提高25个百分点。',
      '经评分的3个网站扣分指标平均得分78.83分，较上季度提高0.33分。',
      '县直政府网站合格率达100%。',
      '2025年1月2日至3月25日，全县未收到“我为政府网站找错”平台转办的网民留言。',
    ]);
    expectNowhere(first, ['不合格网站0个', '办结率', '留言0条', '上季度通报问题整改情况', '经复查']);
  });

  it('compares the sampled accounts with the published figures', () => {
    expectEverywhere(first, [
      '目前，全县正常运行的政务新媒体共28个，其中微信公众号19个、新浪微博1个、今日头条2个、抖音6个。',
      '本季度共检查政务新媒体21个，抽查比例为75%；发现不合格政务新媒体2个（因出现单项否决指标有关情形判定为不合格），合格率为90.5%，较上季度提高7.2个百分点。',
      '各乡镇、县直各单位政务新媒体抽查情况详见附件1。',
    ]);
    expectNowhere(first, ['合格率为67.9%', '提高7.1个百分点', '共29个']);
  });

  it('names the failing accounts and sets out the problems and suggestions with run-in headings', () => {
    expectEverywhere(first, [
      '检查发现不合格政务新媒体2个，其中内容不更新1个、互动回应差1个，涉及“梅岭市场监管”“城关镇便民服务”微信公众号（详见附件2）。',
      '（一）政务新媒体更新不及时。部分政务新媒体未建立常态化更新机制',
      '（二）互动功能不完善。个别账号未提供留言、评论等有效互动功能',
      '三、下一步工作建议（一）加强内容保障。各乡镇、各部门要落实专人负责',
      '（二）规范账号管理。严格执行政务新媒体开设、变更、关停备案制度',
      '各有关单位要高度重视整改落实工作，举一反三，抓好自查整改。被通报为不合格的政务新媒体的主办单位，请于2025年4月25日前将整改落实情况（含电子版）报送县政府办公室（联系人及电话：张晓梅，0874-5212345；邮箱：mlxzfb@163.com）。',
    ]);
  });

  it('lists two numbered attachments, signs with the 附注, and tables the 乡镇 and the failing accounts', () => {
    expectEverywhere(first, [
      '附件：1.2025年第一季度全县政务新媒体抽查情况2.2025年第一季度全县政务新媒体检查不合格名单',
      '梅岭县人民政府办公室2025年4月7日',
      '（此件公开发布）',
      '附件12025年第一季度全县政务新媒体抽查情况',
      '注：数据采集时间2025年1月2日—3月25日。',
      '附件22025年第一季度全县政务新媒体检查不合格名单',
      '注：监测时间点2025年3月20日，数据采集时间2025年1月2日—3月25日。',
    ]);
    // the 附注 under the date; the PDF draws it before the signature block, which is placed on its own
    for (const text of [first.html, first.docx]) expect(text).toContain('梅岭县人民政府办公室2025年4月7日（此件公开发布）');
    expectRows(first, [
      ['序号', '乡镇/部门', '运行', '抽查', '不合格', '合格率'],
      ['1', '县直', '12', '9', '1', '88.9%'],
      ['2', '城关镇', '5', '5', '1', '80%'],
      ['3', '石门镇', '4', '4', '0', '100%'],
      ['4', '青溪乡', '4', '3', '0', '100%'],
      ['5', '龙潭乡', '3', '0', '0', '未抽查'],
      ['序号', '乡镇/部门', '账号类型', '账号名称', '问题'],
      ['1', '县直', '微信', '梅岭市场监管', '监测时间点前2周内无更新'],
      ['2', '城关镇', '微信', '城关镇便民服务', '未提供有效互动功能'],
    ]);
    expectNowhere(first, ['龙潭乡3000%', '附件3', '政府网站检查不合格名单']);
  });
});

describe('梅岭县 2025年第二季度通报：政务新媒体本季度没有检查', () => {
  it('reports last quarter’s failing accounts fixed, and the websites against the first quarter', () => {
    expectEverywhere(second, [
      '梅政办函〔2025〕26号',
      '梅岭县人民政府办公室关于2025年第二季度全县政府网站和政务新媒体检查情况的通报',
      '（一）上季度通报问题整改情况经复查，上季度检查发现的2个不合格政务新媒体已按要求完成整改。',
      '目前，全县正常运行的政府网站共3个，其中门户网站1个、部门网站2个。',
      '本季度共检查政府网站3个，实现全覆盖检查；发现不合格网站1个，合格率为66.7%，较上季度下降33.3个百分点。',
      '经评分的2个网站扣分指标平均得分81分，较上季度提高2.17分。',
      '图1政府网站一级扣分指标2025年第二季度与2025年第一季度平均得分指数对比（注：平均得分指数=该项平均得分/该项分值）',
      '2025年4月1日至6月20日，全县共收到“我为政府网站找错”平台转办的网民留言5条，办结5条，办结率100%。',
    ]);
    expectNowhere(second, ['县直政府网站合格率达100%']);
  });

  it('draws 图1 from the group indices of both quarters', () => {
    // the web page carries the chart's data as a table; the PDF draws the bars' labels, this
    // quarter's series first; the DOCX carries the chart as a picture
    for (const row of ['发布解读0.830.81', '办事服务0.820.79', '互动交流0.800.78', '功能设计0.780.77']) expect(second.html).toContain(row);
    expect(second.pdfDrawn).toContain('0.830.820.800.780.810.790.780.77');
  });

  it('says the accounts were not checked, printing no rate for them', () => {
    expectEverywhere(second, ['目前，全县正常运行的政务新媒体共28个，其中微信公众号19个、新浪微博1个、今日头条2个、抖音6个。本季度未检查政务新媒体。']);
    expectNowhere(second, ['抽查比例', '本季度共检查政务新媒体', '合格率为0%', '合格率为100%', '发现不合格政务新媒体', '政务新媒体抽查情况']);
  });

  it('names the failing site, lists it in the one unnumbered attachment and signs with the 附注', () => {
    expectEverywhere(second, [
      '检查发现不合格政府网站1个：梅岭县教育信息网（“教育动态”“通知公告”栏目超过6个月未更新）（详见附件）。',
      '（一）栏目更新不及时。个别部门网站重点栏目长期不更新',
      '（一）抓好问题整改。被通报的单位要立即整改',
      '（二）做好半年抽查准备。各乡镇、各部门要对照检查指标开展政务新媒体自查',
      '各单位要高度重视整改落实工作，举一反三，抓好自查整改。被通报为不合格的政府网站的主办单位，请于2025年7月25日前将整改落实情况（含电子版）报送县政府办公室（联系人及电话：张晓梅，0874-5212345；邮箱：mlxzfb@163.com）。',
      '附件：2025年第二季度全县政府网站检查不合格名单',
      '梅岭县人民政府办公室2025年7月8日',
      '（此件公开发布）',
      '注：数据采集时间2025年4月1日—6月20日。',
    ]);
    for (const text of [second.html, second.docx]) expect(text).toContain('梅岭县人民政府办公室2025年7月8日（此件公开发布）');
    expectRows(second, [
      ['序号', '主办单位', '网站名称', '问题'],
      ['1', '县教育局', '梅岭县教育信息网', '“教育动态”“通知公告”栏目超过6个月未更新'],
    ]);
    expectNowhere(second, ['附件1', '附件：1.', '详见附件1']);
  });
});
