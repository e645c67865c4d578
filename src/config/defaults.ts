// tongbao-wide defaults: the 国办秘函〔2019〕19号 indicator rules and the printing habits most
// notices share. An issuer overrides any of them in `_issuer.yaml` (or a quarter's `issuer:`);
// a setting given field by field keeps the defaults of the fields it does not name.

import type { IndicatorRules, IssuerProfile, PlatformConfig, PrecisionConfig, UnitStatus } from '../model/records.js';

export const DEFAULT_RULES: IndicatorRules = {
  websiteVetoItems: ['安全、泄密事故等严重问题', '站点无法访问', '首页不更新', '栏目不更新', '互动回应差', '服务不实用'],
  accountVetoItems: ['安全、泄密事故等严重问题', '内容不更新', '互动回应差'],
  deductionGroups: [
    { name: '发布解读', points: '30' },
    { name: '办事服务', points: '25' },
    { name: '互动交流', points: '20' },
    { name: '功能设计', points: '25' },
  ],
  bonusPoints: '30',
  passScore: '60',
  bonusThreshold: '80',
};

export const DEFAULT_PRECISION: PrecisionConfig = {
  passRate: 1,
  samplingRatio: 1,
  share: 1,
  completionRate: 1,
  growth: 1,
  score: 2,
  scoreChange: 2,
  index: 2,
  amount: 2,
};

export const DEFAULT_CLASSIFIERS: IssuerProfile['classifiers'] = { website: '家', account: '个', message: '条' };

/** 连续四个季度, 连续十个季度, 连续11个季度: Chinese numerals read better while they are short. */
export const DEFAULT_ARABIC_NUMERALS_FROM = 11;

/** Full names as sentences print them, short names as the attachment tables print them. */
export const DEFAULT_PLATFORMS: readonly PlatformConfig[] = [
  { name: '微信公众号', short: '微信' },
  { name: '新浪微博', short: '微博' },
  { name: '今日头条', short: '头条号' },
  { name: '抖音', short: '抖音' },
  { name: '快手', short: '快手' },
  { name: '澎湃号', short: '澎湃号' },
  { name: '百家号', short: '百家号' },
  { name: '小红书', short: '小红书' },
  { name: '移动客户端', short: 'APP' },
  { name: '其他', short: '其他' },
];

/**
 * The narrative sections a quarter may write when the issuer declares none: 总体情况 opening,
 * 典型做法, 存在的主要问题, 问责情况 and 下一步工作要求, as the bundled body places them.
 */
export const DEFAULT_NARRATIVE_SECTIONS: readonly string[] = ['overview', 'practices', 'problems', 'accountability', 'requirements'];

export const UNIT_STATUSES: readonly UnitStatus[] = ['运行', '关停', '建设中'];

/** The status a unit has when the data does not say: most listed units are running. */
export const DEFAULT_STATUS: UnitStatus = '运行';
