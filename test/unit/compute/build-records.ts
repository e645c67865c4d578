// Small builders of checked records for compute tests: defaults for everything the
// statistics ignore, so each test states only the facts it is about.

import { DEFAULT_ARABIC_NUMERALS_FROM, DEFAULT_CLASSIFIERS, DEFAULT_NARRATIVE_SECTIONS, DEFAULT_PRECISION, DEFAULT_RULES } from '../../../src/config/defaults.js';
import type { AccountRecord, IssuerProfile, Period, QuarterRecords, WebsiteRecord } from '../../../src/model/records.js';

const place = { file: 'data/示例市/2025-q3.yaml', line: 1, column: 1 };

export const WEBSITE_VETO_ITEMS = [...DEFAULT_RULES.websiteVetoItems];
export const ACCOUNT_VETO_ITEMS = [...DEFAULT_RULES.accountVetoItems];

export const ISSUER: IssuerProfile = {
  name: '示例市人民政府办公室',
  shortName: '市政府办公室',
  scope: '全市',
  addressees: '各区人民政府，市政府各部门：',
  basis: [],
  contact: { recipient: '市政府办公室' },
  precision: DEFAULT_PRECISION,
  classifiers: DEFAULT_CLASSIFIERS,
  platforms: [
    { name: '微信公众号', short: '微信' },
    { name: '新浪微博', short: '微博' },
    { name: '澎湃号', short: '澎湃号' },
  ],
  rules: DEFAULT_RULES,
  scoreLines: [],
  flatThresholds: {},
  arabicNumeralsFrom: DEFAULT_ARABIC_NUMERALS_FROM,
  denseRanking: false,
  narrativeSections: DEFAULT_NARRATIVE_SECTIONS,
};

export function website(fields: Partial<WebsiteRecord> & Pick<WebsiteRecord, 'id'>): WebsiteRecord {
  return {
    name: `${fields.id}网站`,
    owner: `${fields.id}单位`,
    kind: '部门网站',
    level: '市级',
    region: '市本级',
    status: '运行',
    checked: true,
    veto: [],
    place,
    ...fields,
  };
}

export function account(fields: Partial<AccountRecord> & Pick<AccountRecord, 'id'>): AccountRecord {
  return {
    name: `${fields.id}发布`,
    platform: '微信公众号',
    owner: `${fields.id}单位`,
    region: '市本级',
    status: '运行',
    checked: true,
    veto: [],
    place,
    ...fields,
  };
}

/** 扣分 scores of the four groups, in the rules' order. */
export function scores(发布解读: string, 办事服务: string, 互动交流: string, 功能设计: string): Record<string, string> {
  return { 发布解读, 办事服务, 互动交流, 功能设计 };
}

export function quarter(fields: Partial<QuarterRecords> = {}): QuarterRecords {
  return {
    source: 'data/示例市/2025-q3.yaml',
    issuer: ISSUER,
    period: { year: 2025, quarter: 3 },
    date: '2025-10-15',
    window: { start: '2025-07-01', end: '2025-09-20' },
    deadline: '2025-10-31',
    websites: [],
    accounts: [],
    narrative: {},
    messages: [],
    ...fields,
  };
}

/** The test issuer with some settings changed. */
export function issuerWith(fields: Partial<IssuerProfile>): IssuerProfile {
  return { ...ISSUER, ...fields };
}

function quarterBefore({ year, quarter: q }: Period): Period {
  return q === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (q - 1) as Period['quarter'] };
}

/**
 * Quarters linked through `previous`, oldest first, the last one being 2025 Q3 (or `latest`);
 * returns the last. Each gets its period counted back from it.
 */
export function chainOf(quarters: readonly Partial<QuarterRecords>[], latest: Period = { year: 2025, quarter: 3 }): QuarterRecords {
  const periods = quarters.map((_, index) => {
    let period = latest;
    for (let step = index; step < quarters.length - 1; step++) period = quarterBefore(period);
    return period;
  });
  return quarters.reduce<QuarterRecords | undefined>(
    (previous, fields, index) => quarter({ period: periods[index]!, ...fields, ...(previous ? { previous } : {}) }),
    undefined,
  )!;
}
