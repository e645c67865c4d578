// 桐源县（虚构）只检查政务新媒体的季度通报：通报里从不提政府网站（依据文件也只引用政务新媒体的）。
// 2025-q1 是用 tongbao 的第一个季度，上季度（2024-q4）只知道已印发通报公布的合格率 95%（没有运行数、
// 检查数和不合格数），“较上季度”由这个印出的合格率算；2025-q2 的上季度是 2025-q1 的记录，
// 所以才能说新增、关停了哪些账号（上季度只有公布数时 tongbao 不知道哪些账号是新开设的，新增为空，不印）。
// 开设主体按 _issuer.yaml 的分类“单位类别”（主办单位归为 乡镇 / 县直部门）去重计数。
// 措辞在 county-accounts-only/templates/partials/（body.hbs、attachments.hbs），导语用内置的 intro。
// Every figure the two notices print is asserted as a whole sentence in the HTML, the DOCX and the
// PDF, with the arithmetic worked by hand from the quarter files.
//
// 2025-q1 (previous: published 2024-q4 { accounts: { passRate: 95 } }):
//   listed 21: 县直部门 a01–a12, 乡镇 a21–a23 a31 a32 a41 a42 a51 a52; 关停 a12 “桐源旅游”(新浪微博),
//     a42 “枫林乡村振兴”(微信公众号) → running 19 (never 21).
//   by platform (default order 微信公众号, 新浪微博, 今日头条, 抖音):
//     微信公众号 a01 a04 a05 a07 a10 a11 a21 a22 a31 a41 a51 = 11; 新浪微博 a02 = 1 (a12 closed);
//     今日头条 a08 a32 = 2; 抖音 a03 a06 a09 a23 a52 = 5; 11 + 1 + 2 + 5 = 19.
//   owners of running accounts, by 单位类别: 乡镇 城关镇、溪口镇、枫林乡、石桥乡人民政府 = 4;
//     县直部门 县政府办公室、县教育局、县卫生健康局、县市场监管局、县农业农村局、县文化和旅游局、
//     县人力资源社会保障局 = 7 (县旅游发展中心 has only the closed a12: counting it would give 8, wrong).
//   unchecked a08 a11 a52 → checked 16; 16/19 = 0.842105… → 84.2%.
//   failing a07 “桐源市场监管” 微信 内容不更新, a09 “桐源文旅” 抖音 内容不更新, a22 “城关镇便民服务” 微信 互动回应差
//     → 13/16 = 0.8125 → 81.3% (half-up; 13 of the 19 running would be 68.4%: wrong).
//     81.3 − 95 = −13.7 → 下降13.7个百分点 (from the unrounded 81.25: 13.75 → 13.8, wrong).
//   veto items most first: 内容不更新 2、互动回应差 1; by platform, first seen first: 微信公众号 2
//     (“桐源市场监管”“城关镇便民服务”), 抖音 1 (“桐源文旅”).
//   by 单位类别: 乡镇 running 8, checked 7 (a52 not) → 7/8 = 87.5%; failing a22 → 6/7 = 0.857142… → 85.7%;
//     县直部门 running 11, checked 9 (a08 a11 not) → 9/11 = 0.8181… → 81.8%; failing a07 a09 → 7/9 = 0.777… → 77.8%.
//     The published quarter gave no figures by 单位类别: no “较上季度” for them.
//
// 2025-q2 (previous: 2025-q1.yaml):
//   a12, a42 (closed last quarter) no longer listed; new a13 “桐源医保” 微信公众号, a33 “溪口文旅” 抖音;
//     a06 “桐源卫健” 抖音 关停 → running 21 listed − 1 = 20; 20 − 19 → 较上季度增加1个.
//     新增 2 (a13, a33), 关停 1 (a06).
//   by platform: 微信公众号 11 + a13 = 12; 新浪微博 1; 今日头条 2; 抖音 5 − a06 + a33 = 5; 12 + 1 + 2 + 5 = 20.
//   owners: 乡镇 4; 县直部门 7 + 县医疗保障局 = 8.
//   unchecked a52 → checked 19; 19/20 = 95%; failing a41 “枫林乡发布” 微信 内容不更新 → 18/19 = 0.947368… → 94.7%;
//     94.7 − 81.3 = 13.4 → 提高13.4个百分点 (unrounded 0.947368 − 0.8125 = 13.4868… → 13.5: wrong).
//   乡镇: running 9 (+a33), checked 8 → 8/9 = 0.888… → 88.9%; 7/8 = 87.5%; 87.5 − 85.7 = 1.8 → 提高1.8个百分点.
//   县直部门: running 11 (−a06 +a13), all 11 checked → 全部抽查; none failing → 100%; 100 − 77.8 = 22.2 → 提高22.2个百分点.
//   last quarter's failing a07, a22 fixed; a09 逾期未报送 → 3个…中，2个已按要求完成整改，1个逾期未报送整改情况（“桐源文旅”）.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildNotice, expectEverywhere, expectNowhere, expectRows, type NoticeTexts } from './harness.js';

let first: NoticeTexts;
let second: NoticeTexts;
beforeAll(async () => {
  first = await buildNotice('county-accounts-only/2025-q1.yaml');
  second = await buildNotice('county-accounts-only/2025-q2.yaml');
}, 240_000);

describe('桐源县 2025年第一季度政务新媒体检查情况通报：上季度只有公布的合格率', () => {
  it('has the 版头, the 文号, a title and an intro about new media only', () => {
    expectEverywhere(first, [
      '桐政办函〔2025〕11号',
      '桐源县人民政府办公室关于2025年第一季度全县政务新媒体检查情况的通报',
      '各乡镇人民政府，县直各部门：',
      '根据《国务院办公厅关于推进政务新媒体健康有序发展的意见》（国办发〔2018〕123号）、《青川省政务新媒体管理办法》（青政办发〔2020〕16号）要求，县政府办公室于2025年1月6日至3月21日组织开展了2025年第一季度全县政务新媒体检查工作。现将有关情况通报如下：',
    ]);
    expect(first.pdf.startsWith('桐源县人民政府办公室文件桐政办函〔2025〕11号')).toBe(true);
    // a notice about new media only never speaks of websites
    expectNowhere(first, ['政府网站', '网站']);
  });

  it('counts the running accounts by platform, their owners by category and the closed ones', () => {
    expectEverywhere(first, [
      '（一）账号开设情况',
      '目前，全县正常运行的政务新媒体共19个，其中微信公众号11个、新浪微博1个、今日头条2个、抖音5个；开设主体涉及4个乡镇、7个县直部门。',
      '本季度关停账号2个（“桐源旅游”新浪微博、“枫林乡村振兴”微信公众号）。',
    ]);
    // no 新增 without last quarter's records, no change of a count the last notice did not print
    expectNowhere(first, ['共21个', '8个县直部门', '新增账号', '较上季度增加', '较上季度减少']);
  });

  it('compares the pass rate with the rate the last notice printed, and gives the categories without a change', () => {
    expectEverywhere(first, [
      '本季度抽查政务新媒体16个，抽查比例为84.2%；发现不合格政务新媒体3个，合格率为81.3%，较上季度下降13.7个百分点。',
      '分类别看，乡镇政务新媒体抽查7个，抽查比例87.5%，合格率85.7%；县直部门政务新媒体抽查9个，抽查比例81.8%，合格率77.8%。',
    ]);
    expectNowhere(first, ['合格率为68.4%', '下降13.8个百分点', '合格率为81.2%', '合格率85.7%，较上季度']);
  });

  it('names the failing accounts by veto item and platform, with run-in problems and requirements', () => {
    expectEverywhere(first, [
      '检查发现不合格政务新媒体3个，其中内容不更新2个、互动回应差1个。分平台看，微信公众号2个（“桐源市场监管”“城关镇便民服务”），抖音1个（“桐源文旅”）（详见附件）。',
      '（一）内容更新不及时。个别账号日常运维缺位，在监测时间点前2周内无更新',
      '（二）互动功能缺失。个别乡镇账号未提供留言、评论等有效互动功能',
      '三、下一步工作要求',
      '（一）压实主体责任。各乡镇、县直各部门要按照“谁开设、谁主办”“谁主管、谁负责”的原则',
      '（二）规范开设关停。严格执行政务新媒体开设、变更、关停备案制度',
      '各有关单位要高度重视整改落实工作，举一反三，抓好自查整改。被通报为不合格的政务新媒体的主办单位，请于2025年4月30日前将整改落实情况（含电子版）报送县政府办公室（联系人及电话：周文斌，0879-6123456；邮箱：tyxzfbgs@163.com）。',
    ]);
  });

  it('lists the failing accounts in the one attachment and signs', () => {
    expectEverywhere(first, [
      '附件：2025年第一季度全县政务新媒体检查不合格名单',
      '桐源县人民政府办公室2025年4月10日',
      '注：监测时间点2025年3月14日，检查时间2025年1月6日至3月21日。',
    ]);
    expectRows(first, [
      ['序号', '乡镇/部门', '账号类型', '账号名称', '问题'],
      ['1', '县市场监管局', '微信', '桐源市场监管', '监测时间点前2周内无更新'],
      ['2', '县文化和旅游局', '抖音', '桐源文旅', '监测时间点前2周内无更新'],
      ['3', '城关镇人民政府', '微信', '城关镇便民服务', '未提供有效互动功能'],
    ]);
    // the 版记 prints the issuer and the date
    expect(first.pdf).toContain('桐源县人民政府办公室2025年4月10日印发');
    expectNowhere(first, ['附件1', '附件：1.', '详见附件1']);
  });
});

describe('桐源县 2025年第二季度政务新媒体检查情况通报：与第一季度的记录比较', () => {
  it('reports last quarter’s failing accounts, quoting the one not reported', () => {
    expectEverywhere(second, [
      '桐政办函〔2025〕27号',
      '桐源县人民政府办公室关于2025年第二季度全县政务新媒体检查情况的通报',
      '（一）上季度通报问题整改情况经复查，上季度检查发现的3个不合格政务新媒体中，2个已按要求完成整改，1个逾期未报送整改情况（“桐源文旅”）。',
    ]);
    expectNowhere(second, ['政府网站', '网站']);
  });

  it('names the accounts added and closed, the change of the running count and the owners by category', () => {
    expectEverywhere(second, [
      '目前，全县正常运行的政务新媒体共20个，较上季度增加1个，其中微信公众号12个、新浪微博1个、今日头条2个、抖音5个；开设主体涉及4个乡镇、8个县直部门。',
      '本季度新增账号2个（“桐源医保”微信公众号、“溪口文旅”抖音），关停账号1个（“桐源卫健”抖音）。',
    ]);
    expectNowhere(second, ['共21个', '新增账号4个', '关停账号3个']);
  });

  it('compares the pass rate and each category’s with the first quarter’s records', () => {
    expectEverywhere(second, [
      '本季度抽查政务新媒体19个，抽查比例为95%；发现不合格政务新媒体1个，合格率为94.7%，较上季度提高13.4个百分点。',
      '分类别看，乡镇政务新媒体抽查8个，抽查比例88.9%，合格率87.5%，较上季度提高1.8个百分点；县直部门政务新媒体11个全部抽查，合格率100%，较上季度提高22.2个百分点。',
    ]);
    expectNowhere(second, ['提高13.5个百分点', '抽查比例100%']);
  });

  it('names the one failing account, lists it and signs', () => {
    expectEverywhere(second, [
      '检查发现不合格政务新媒体1个：“枫林乡发布”微信公众号内容不更新（详见附件）。',
      '（一）整改落实不到位。个别单位对上季度通报的问题重视不够',
      '（二）乡镇账号运维力量薄弱。个别乡镇账号长期由兼职人员维护',
      '（一）抓好问题整改。被通报的单位要立即整改',
      '（二）加强乡镇账号管理。各乡镇要统筹本乡镇政务新媒体',
      '请于2025年7月31日前将整改落实情况（含电子版）报送县政府办公室',
      '附件：2025年第二季度全县政务新媒体检查不合格名单',
      '桐源县人民政府办公室2025年7月9日',
      '注：监测时间点2025年6月13日，检查时间2025年4月7日至6月20日。',
    ]);
    expectRows(second, [['1', '枫林乡人民政府', '微信', '枫林乡发布', '监测时间点前2周内无更新']]);
    expectNowhere(second, ['其中内容不更新1个', '分平台看']);
  });
});
