// 云溪区（虚构）2025年第三季度政府网站和政务新媒体检查情况通报，只写有据可查的内容：_issuer.yaml 没有主送
// （addressees）和依据文件（basis），季度文件没有检查时间段（window）、整改截止日期（deadline）、发文字号和
// 监测时间点。导语、留言、整改要求和附件都用内置模板，这里逐句核对它们照实的说法（不印主送、不写
// “根据……要求”、不写检查时间和期限、附件不写“注”）。
// 署名用发文机关的规范化简称 shortName “云溪区政府办公室”（templates/notice.hbs 只把署名的 issuer.name 换成
// issuer.shortName），标题用全称：TB308 接受，通报照常生成。人工撰写的段落：默认五段（overview、practices
// “典型做法”、problems、accountability “问责情况”、requirements）之外还有自己的“自查要求”
// （narrativeSections），由 templates/partials/requirements.hbs 印在连段的要求之后。
// Every figure the notice prints is asserted as a whole sentence in the HTML, the DOCX and the
// PDF, with the arithmetic worked by hand from the quarter file.
//
// websites (all 区直): w1 门户 27+22+18+22 = 89 (+6), w2 24+20+16+20 = 80, w3 否决 栏目不更新 (复检合格),
//   w4 23+19+15+19 = 76, w5 22+18+14+18 = 72, w6 18+15+11+14 = 58 (< 60: tongbao writes its 问题; 复检不合格)
//   → 6 running (门户网站 1、部门网站 5), all checked (全覆盖); failing w3, w6 → 4/6 = 0.666… → 66.7%;
//   after the 复检 w6 still fails → (6 − 1)/6 = 0.8333… → 83.3%.
//   scored 5 (w3 vetoed): (89 + 80 + 76 + 72 + 58)/5 = 375/5 = 75.
//   no previous quarter: no “较上季度”; 找错 9 received, 9 finished → 100%, no date range without a window.
// accounts: a01–a05 区直, a11 城南街道, a12 城北街道, a13 a14 龙湖镇 → 9 running: 微信公众号 a01 a03 a04 a05 a11 a12 a13 = 7,
//   抖音 a02 a14 = 2. a13 not checked → 8/9 = 0.888… → 88.9%.
//   failing a05 “云溪市场监管” (内容不更新, 复检合格), a12 “城北街道” (互动回应差, not re-checked) → 6/8 = 75%;
//   after the 复检 a12 still counts as failing → (8 − 1)/8 = 87.5% (not 100%).

import { beforeAll, describe, it } from 'vitest';
import { buildNotice, expectEverywhere, expectNowhere, expectRows, type NoticeTexts } from './harness.js';

let texts: NoticeTexts;
beforeAll(async () => {
  texts = await buildNotice('district-less-invented/2025-q3.yaml');
}, 120_000);

describe('云溪区 2025年第三季度通报：不写没有的内容', () => {
  it('opens with the title and the bundled intro without a 主送, a basis or a date range', () => {
    expectEverywhere(texts, [
      '云溪区人民政府办公室关于2025年第三季度全区政府网站和政务新媒体检查情况的通报为加强全区政府网站和政务新媒体管理，云溪区政府办公室组织开展了2025年第三季度全区政府网站和政务新媒体检查工作。现将有关情况通报如下：',
    ]);
    // no 文号, no 主送, no basis, no checking window anywhere
    expectNowhere(texts, ['〔2025〕', '各街道（镇）、各部门：', '根据', '要求，云溪区', '办公室于', '至9月', '注：']);
  });

  it('prints the overview paragraph, then both channels with their 复检 and the 找错 messages without a date', () => {
    expectEverywhere(texts, [
      '一、总体情况本季度，云溪区政府办公室依托全区政府网站和政务新媒体常态化监管平台，对全区在运行的政府网站和政务新媒体进行了检查。',
      '（一）政府网站检查情况目前，全区正常运行的政府网站共6家，其中门户网站1家、部门网站5家。',
      '本季度共检查政府网站6家，实现全覆盖检查；发现不合格网站2家，合格率为66.7%。经督促整改复检后，整体合格率达83.3%。经评分的5家网站扣分指标平均得分75分。',
      '全区共收到“我为政府网站找错”平台转办的网民留言9条，办结9条，办结率100%。',
      '（二）政务新媒体检查情况目前，全区正常运行的政务新媒体共9个，其中微信公众号7个、抖音2个。',
      '本季度共检查政务新媒体8个，抽查比例为88.9%；发现不合格政务新媒体2个（因出现单项否决指标有关情形判定为不合格），合格率为75%。经督促整改复检后，合格率达87.5%。',
    ]);
    expectNowhere(texts, ['较上季度', '合格率达100%', '经评分的6家']);
  });

  it('places 典型做法 before the problems and 问责情况 after them, numbering the sections that are printed', () => {
    expectEverywhere(texts, [
      '二、典型做法（一）建立每日巡查制度区教育局明确专人每日巡查网站首页和重点栏目',
      '（二）推行账号集约运营城南街道将原有3个微信公众号整合为“城南街道”一个账号',
      '三、存在的主要问题检查发现不合格政府网站2家：云溪区卫生健康局网站（“通知公告”栏目超过6个月未更新）、云溪区城市管理局网站（扣分指标得分低于60分）（详见附件1）。',
      '检查发现不合格政务新媒体2个，其中内容不更新1个、互动回应差1个，如“云溪市场监管”微信公众号、“城北街道”微信公众号（详见附件2）。',
      '（一）栏目更新不及时个别部门网站重点栏目长期不更新',
      '（二）网站内容建设薄弱个别部门网站发布解读、互动交流等指标得分偏低',
      '四、问责情况区城市管理局网站复检仍不合格，区政府办公室已约谈该局分管负责同志，督促限期整改。',
      '五、下一步工作要求',
    ]);
  });

  it('runs the requirements into their headings, adds the district’s own section, and asks for the report without a deadline', () => {
    expectEverywhere(texts, [
      '（一）压实主体责任。各街道（镇）、各部门要按照“谁主管谁负责、谁运维谁负责”的原则，落实网站和账号的日常管理责任。',
      '（二）抓好问题整改。被通报的单位要逐项整改，复检仍不合格的要说明原因，区政府办公室将跟踪督办。',
      '各街道（镇）、各部门要建立政府网站和政务新媒体日常自查制度，每月至少开展一次全面自查，发现问题及时整改。',
      '各有关单位要高度重视整改落实工作，举一反三，抓好自查整改。被通报为不合格的政府网站和政务新媒体的主办单位，请将整改落实情况（含电子版）报送云溪区政府办公室（联系人及电话：何佳，0591-83761234）。',
    ]);
    expectNowhere(texts, ['请于', '前将整改', '邮箱']);
  });

  it('signs with the short name, and lists the failing units in two attachments without a 注', () => {
    expectEverywhere(texts, [
      '附件：1.2025年第三季度全区政府网站检查不合格名单2.2025年第三季度全区政务新媒体检查不合格名单云溪区政府办公室2025年10月13日',
    ]);
    expectRows(texts, [
      ['序号', '区/部门', '网站名称', '问题'],
      ['1', '区卫生健康局', '云溪区卫生健康局网站', '“通知公告”栏目超过6个月未更新'],
      ['2', '区城市管理局', '云溪区城市管理局网站', '扣分指标得分低于60分'],
      ['序号', '区/部门', '账号类型', '账号名称', '问题'],
      ['1', '区市场监管局', '微信', '云溪市场监管', '监测时间点前2周内无更新'],
      ['2', '城北街道办事处', '微信', '城北街道', '未提供有效互动功能'],
    ]);
    expectNowhere(texts, ['云溪区人民政府办公室2025年10月13日', '监测时间点2025']);
  });
});
