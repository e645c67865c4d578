// 青川省（虚构）2025年第三季度政府网站和政务新媒体检查情况通报，分网站、新媒体两部分（仿种子通报 002），
// 五个季度的记录 2024-q3 → 2024-q4 → 2025-q1 → 2025-q2 → 2025-q3：上一季度是 2025-q2，
// 去年同期 2024-q3 由季度链够到。措辞在 province-two-part/templates/partials/body.hbs。
// Every figure the notice prints is asserted as a whole sentence in the HTML, the DOCX and the
// PDF, with the arithmetic worked by hand from the quarter files.
//
// 政府网站（16家: 省本级 s01–s04, 临江 s11–s13, 安平 s21–s23, 云川 s31–s33, 白石 s41–s43；全部检查）:
//   2025-q3 failing s32 (首页不更新, 复检合格), s43 (互动回应差, 未复检) → 14/16 = 87.5%.
//   2025-q2 failing s03, s13, s22 → 13/16 = 81.25% → 81.3% (half-up);
//     87.5 − 81.3 = 6.2 → 提高6.2个百分点 (from the unrounded rates 6.25 would print 6.3: wrong).
//   2024-q3 (去年同期) 15 sites (s23 came in 2024-q4), failing s12, s33, s42 → 12/15 = 80%;
//     87.5 − 80 = 7.5 → 较去年同期提高7.5个百分点.
//   复检: s32 passed, s43 still failing → (16 − 1)/16 = 93.75% → 93.8%.
//   level × kind: 省级 门户 1 (s01), 省级 部门 3 (s02–s04), 市级 4 (s11 s21 s31 s41), 县级 8.
//   总分 90分以上（含）(扣分 + 计入的加分):
//     q3: s01 95+10, s02 88+3 = 91, s11 92+5, s21 90, s31 86+4 = 90 (on the line, 含), s41 93 → 6;
//     q2: s01 94+8, s11 90, s21 89+2 = 91, s41 92 (s31 86+3 = 89 below) → 4;
//     (6 − 4)/4 = 50% → 增长50% (over the later count, 2/6 = 33.3%: wrong).
//   by region, q3 → q2: 省本级 4/4 = 100% ← 3/4; 临江 3/3 = 100% ← 2/3 = 66.7% (s13): 100 − 66.7 = 33.3;
//     安平 3/3 ← 2/3 (s22): +33.3; 云川 2/3 = 66.7% ← 3/3: −33.3; 白石 2/3 ← 3/3: −33.3.
//     at 100%: 省本级, 临江市, 安平市 (in the regions order of _issuer.yaml); “各市” leaves out 省本级.
//   找错: 45 of 46 → 97.826…% → 97.8%.
//   last quarter's failing s03, s13, s22: fixed s13, s22; s03 逾期未报送 → 3家…中，2家…，1家逾期未报送.
//
// 政务新媒体 (accounts; 省本级 a01–a04, each city a_1–a_5):
//   running: 2024-q3 18, 2024-q4 20, 2025-q1 22, 2025-q2 22, 2025-q3 24 (new: a35 “云川市场监管”, a45 “白石发布”).
//     24 − 22 = 2 → 增加2个; (24 − 18)/18 = 0.3333… → 增长33.3% (over the later count 6/24 = 25%: wrong).
//   by platform (q3): 微信公众号 15, 新浪微博 3 (a02 a12 a32), 抖音 4 (a14 a25 a33 a42), 今日头条 2 (a23 a45).
//   q3 checked 20 (a04, a15, a25, a45 not) → 20/24 = 83.333… → 抽查比例83.3%;
//     failing a13 内容不更新 (微信), a22 互动回应差 (微信), a32 内容不更新 (微博), a42 内容不更新 (抖音)
//     → 16/20 = 80% (16 of the 24 running would be 66.7%: wrong); q2 20 checked, 3 failing → 17/20 = 85% → 下降5个百分点;
//     2024-q3 15 checked, 3 failing → 12/15 = 80% → 较去年同期持平.
//     复检: a13, a22, a32 passed, a42 not re-checked → (20 − 1)/20 = 95%.
//     by reason (the 问题, here the veto item), first seen first: 内容不更新 3 (a13 a32 a42), 互动回应差 1 (a22);
//     by platform: 微信公众号 2 (a13 “临江教育”, a22 “安平人社”), 新浪微博 1 (“云川交通”), 抖音 1 (“白石文旅”).
//   by region, q3 ← q2: 省本级 3/3 = 100%; 临江 3/4 = 75% (a15 unchecked, a13) ← 4/5 = 80% (a14): −5;
//     安平 3/4 = 75% (a22) ← 3/4 (a24): 持平; 云川 4/5 = 80% (a32) ← 4/4 = 100%: −20; 白石 3/4 (a42) ← 3/4 (a42): 持平.
//   last quarter's failing a14, a24, a42: fixed a14, a24; a42 still failing (and failing again this quarter).

import { beforeAll, describe, it } from 'vitest';
import { buildNotice, expectEverywhere, expectNowhere, expectRows, type NoticeTexts } from './harness.js';

let texts: NoticeTexts;
beforeAll(async () => {
  texts = await buildNotice('province-two-part/2025-q3.yaml');
}, 120_000);

describe('青川省 2025年第三季度政府网站和政务新媒体检查情况通报（两部分）', () => {
  it('has the title, the 文号, the 主送 and the two parts, each with its own sections', () => {
    expectEverywhere(texts, [
      '青政办函〔2025〕58号',
      '青川省人民政府办公厅关于2025年第三季度全省政府网站和政务新媒体检查情况的通报',
      '各市人民政府，省政府各部门、各直属机构：',
      '等文件要求，2025年7月1日至9月20日，省政府办公厅组织开展了2025年第三季度全省政府网站和政务新媒体检查工作。现将有关情况通报如下：',
      '一、全省政府网站2025年第三季度检查情况（一）总体情况',
      '（二）存在的主要问题',
      '二、全省政务新媒体2025年第三季度检查情况（一）总体情况',
      '（二）主要问题',
      '（三）下一步工作',
    ]);
  });

  it('reports the websites: counts, pass rate against last quarter and a year ago, the re-check and the sites over 90', () => {
    expectEverywhere(texts, [
      '目前，全省正常运行的政府网站共16家，其中省政府门户网站1家、省直部门网站3家、市政府门户网站4家、县（区）政府门户网站8家。',
      '本季度对16家政府网站进行了全覆盖检查，发现不合格网站2家，合格率为87.5%，较上季度提高6.2个百分点，较去年同期提高7.5个百分点。',
      '经督促整改复检后，整体合格率达93.8%。',
      '评分90分以上（含）的网站6家，较上季度的4家增长50%。',
    ]);
    expectNowhere(texts, ['提高6.3个百分点', '较上季度的4家增长33.3%']);
  });

  it('reports the websites by region against last quarter, the 找错 messages and last quarter’s failing sites', () => {
    expectEverywhere(texts, [
      '分地区看，省本级、临江市、安平市政府网站合格率达100%。',
      '各市政府网站合格率及较上季度变化情况为：临江市100%，提高33.3个百分点；安平市100%，提高33.3个百分点；云川市66.7%，下降33.3个百分点；白石市66.7%，下降33.3个百分点。',
      '2025年7月1日至9月20日，全省共收到“我为政府网站找错”平台转办的网民留言46条，办结45条，办结率97.8%。',
      '经复查，上季度检查发现的3家不合格政府网站中，2家已按要求完成整改，1家逾期未报送整改情况（青川省教育厅网站）。',
      '检查发现不合格网站2家：云川市石桥县人民政府门户网站（首页超过2周未更新）、白石市龙口县人民政府门户网站（网民咨询留言超过3个月未答复）（详见附件1）。',
    ]);
  });

  it('reports the accounts: growth, platforms, sampling, pass rate against last quarter and a year ago, the re-check', () => {
    expectEverywhere(texts, [
      '目前，全省正常运行的政务新媒体共24个，较上季度增加2个（新增“云川市场监管”“白石发布”），较去年同期的18个增长33.3%，其中微信公众号15个、新浪微博3个、抖音4个、今日头条2个。',
      '本季度抽查政务新媒体20个，抽查比例为83.3%，发现不合格政务新媒体4个，合格率为80%，较上季度下降5个百分点，较去年同期持平。',
      '经督促整改复检后，合格率达95%。',
    ]);
    expectNowhere(texts, ['较去年同期的18个增长25%', '合格率为66.7%']);
  });

  it('reports the accounts by region, last quarter’s failing accounts, and the failing ones by reason and platform', () => {
    expectEverywhere(texts, [
      '分地区看，省本级政务新媒体合格率达100%。',
      '各市政务新媒体合格率及较上季度变化情况为：临江市75%，下降5个百分点；安平市75%，持平；云川市80%，下降20个百分点；白石市75%，持平。',
      '经复查，上季度检查发现的3个不合格政务新媒体中，2个已按要求完成整改，1个复查仍不合格（“白石文旅”）。',
      '检查发现不合格政务新媒体4个（详见附件2），其中内容不更新3个、互动回应差1个。',
      '分平台看，微信公众号2个（“临江教育”“安平人社”）、新浪微博1个（“云川交通”）、抖音1个（“白石文旅”）。',
    ]);
  });

  it('sets out the problems and requirements as run-in 1. headings, the deadline, the attachments and the signature', () => {
    expectEverywhere(texts, [
      '1.更新维护不及时。个别政务新媒体账号运营监管缺位',
      '2.互动回应不到位。部分账号未提供有效互动功能',
      '1.加强内容建设审核。各地各部门要聚焦省委、省政府重大决策部署',
      '3.规范账号开设关停。严格落实政务新媒体开设、变更、关停',
      '被通报为不合格的政府网站和政务新媒体的主办单位，请于2025年10月31日前将整改落实情况（含电子版）报送省政府办公厅（联系人及电话：刘文静，0871-63210000；邮箱：zwgk@qingchuan.gov.cn）。',
      '附件：1.2025年第三季度全省政府网站检查不合格名单2.2025年第三季度全省政务新媒体检查不合格名单',
      '青川省人民政府办公厅2025年9月28日',
      '注：检查时间2025年7月1日至9月20日。',
      '注：监测时间点2025年9月10日，检查时间2025年7月1日至9月20日。',
    ]);
    expectRows(texts, [
      ['1', '石桥县政府办公室', '云川市石桥县人民政府门户网站', '首页超过2周未更新'],
      ['2', '龙口县政府办公室', '白石市龙口县人民政府门户网站', '网民咨询留言超过3个月未答复'],
      ['序号', '区/部门', '账号类型', '账号名称', '问题'],
      ['1', '临江市教育局', '微信', '临江教育', '内容不更新'],
      ['2', '安平市人力资源社会保障局', '微信', '安平人社', '互动回应差'],
      ['3', '云川市交通运输局', '微博', '云川交通', '内容不更新'],
      ['4', '白石市文化广电旅游局', '抖音', '白石文旅', '内容不更新'],
    ]);
  });
});
