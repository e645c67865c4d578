// What `tongbao new` prints: the file it wrote, what it carried and left out, and what the
// office fills in next, in the order of the work — dates, results, rectification, then the
// commands that check and build the quarter.

import { relative } from 'node:path';
import { periodLabel } from '../format/chinese.js';
import type { NewQuarter } from './index.js';
import { failingUnitLine } from './rectification-list.js';
import type { SheetCopy } from './sheet-copies.js';

/** Units named in a line before the rest is only counted. */
const NAMED_AT_MOST = 10;

const shown = (file: string): string => relative(process.cwd(), file) || file;

function named(units: readonly { id: string; name: string }[]): string {
  const listed = units.slice(0, NAMED_AT_MOST).map((unit) => `${unit.id} ${unit.name}`);
  return listed.join('、') + (units.length > NAMED_AT_MOST ? ` 等 ${units.length} 个` : '');
}

function carriedLines(made: NewQuarter): string[] {
  const { classifiers } = made.issuer;
  const count = (channel: 'websites' | 'accounts', n: number) =>
    channel === 'websites' ? `网站 ${n} ${classifiers.website}` : `账号 ${n} ${classifiers.account}`;
  const carried = made.carried.map((c) => count(c.channel, c.carried)).join('、');
  const leftOut = made.carried.filter((c) => c.leftOut.length > 0);
  return [
    `带入本季度：${carried || '（上季度没有网站和账号的记录）'}，各项检查结果已清空。`,
    leftOut.length > 0
      ? `上季度已关停、没有带入的：${leftOut.map((c) => `${count(c.channel, c.leftOut.length)}（${named(c.leftOut)}）`).join('；')}。`
      : '上季度没有已关停的单位，全部带入。',
  ];
}

function dateLine(made: NewQuarter): string[] {
  const { dates, docNumber } = made.cleared;
  const parts = [...(dates.length > 0 ? [`写着“待填写”的日期：${dates.join('、')}`] : []), ...(docNumber ? ['docNumber 发文字号（没有就删去这一行）'] : [])];
  return parts.length > 0 ? [`本季度的日期和文号——${parts.join('；')}。`] : [];
}

/** The result fields of each unit, with the names the issuer's rules and facts give them. */
function resultLine(made: NewQuarter): string {
  const { rules, facts } = made.issuer;
  const carries = (channel: 'websites' | 'accounts') => made.carried.some((c) => c.channel === channel && c.carried > 0);
  const groups = (scoring: { deductionGroups: readonly { name: string }[] }) => scoring.deductionGroups.map((group) => group.name).join('、');
  const unitFacts = (facts ?? []).filter((fact) => fact.of !== 'quarter' && carries(fact.of)).map((fact) => fact.name);
  // units in sheets are filled in by column, units in the quarter file by field
  const inSheets = made.carried.every((c) => c.carried === 0 || made.copies.some((copy) => copy.channel === c.channel));
  const fields = inSheets
    ? [
        '未检查的在“是否检查”一栏填“否”',
        '“单项否决”',
        ...(carries('websites') ? [`网站的扣分指标得分（${groups(rules)}）和“加分”`] : []),
        ...(rules.accountScoring && carries('accounts') ? [`账号的扣分指标得分（${groups(rules.accountScoring)}）`] : []),
        ...(unitFacts.length > 0 ? [`统计事项（${unitFacts.join('、')}）`] : []),
        '不合格的“问题”和“复检结果”',
      ]
    : [
        '未检查的写 checked: false',
        'veto 单项否决指标',
        ...(carries('websites') ? [`网站的 scores 扣分指标得分（${groups(rules)}）和 bonus 加分`] : []),
        ...(rules.accountScoring && carries('accounts') ? [`账号的 scores 扣分指标得分（${groups(rules.accountScoring)}）`] : []),
        ...(unitFacts.length > 0 ? [`facts 统计事项（${unitFacts.join('、')}）`] : []),
        '不合格的 problem 问题和 recheck 复检结果',
      ];
  return inSheets
    ? `每个网站和账号本季度的检查结果，填在复制出的表格里：${fields.join('，')}；本季度新开设的单位加一行，关停的在“运行状态”一栏填“关停”。`
    : `每个网站和账号本季度的检查结果：${fields.join('，')}；本季度新开设的加在列表里，关停的写 status: 关停。`;
}

/** A step of what to fill in, with the lines listed under it. */
interface Step {
  readonly text: string;
  readonly listed?: readonly string[];
}

function rectificationSteps(made: NewQuarter): Step[] {
  const units = made.rectification;
  if (units.length === 0) return [];
  const text = `rectification 整改情况：${periodLabel(made.latest.period)}不合格的 ${units.length} 个单位，按复查结果把编号写进 fixed、stillFailing 或 notReported：`;
  return [{ text, listed: units.map(failingUnitLine) }];
}

function otherLines(made: NewQuarter): string[] {
  const { messages, facts, narrative, yearAgo } = made.cleared;
  return [
    ...(messages.length > 0 ? [`messages 各渠道本季度的收到数 received 和办结数 finished：${messages.join('、')}。`] : []),
    ...(facts.length > 0 ? [`facts 本季度的统计事项：${facts.join('、')}。`] : []),
    ...(narrative ? ['narrative 人工撰写的段落（上季度的已清空，要写的重新写）。'] : []),
    ...(yearAgo ? ['yearAgo 去年同期的公布数已删去；上季度文件连不到去年同期时，照去年同期通报重新填写。'] : []),
  ];
}

const CHANNEL_SHEETS = { websites: '网站', accounts: '账号' } as const;

/** Each file copied once (a workbook may hold both channels' sheets): from which file, and which columns were emptied. */
function copyLines(made: NewQuarter): string[] {
  const byFile = new Map<string, SheetCopy[]>();
  for (const copy of made.copies) byFile.set(copy.to, [...(byFile.get(copy.to) ?? []), copy]);
  return [...byFile.values()].map((copies) => {
    const [{ from, to }] = copies as [SheetCopy, ...SheetCopy[]];
    const emptied = copies
      .filter((copy) => copy.emptied.length > 0)
      .map((copy) => `${copies.length > 1 ? `${CHANNEL_SHEETS[copy.channel]}表` : ''}清空了${copy.emptied.map((header) => `“${header}”`).join('')}列`);
    return `表格 ${shown(from)} 复制为 ${shown(to)}${emptied.length > 0 ? `，${emptied.join('；')}` : ''}；本季度的检查结果填在复制出的表格里。`;
  });
}

/** The lines printed after the file is written. */
export function newQuarterReport(made: NewQuarter): string[] {
  const file = shown(made.file);
  const steps: Step[] = [
    ...dateLine(made).map((text) => ({ text })),
    { text: resultLine(made) },
    ...rectificationSteps(made),
    ...otherLines(made).map((text) => ({ text })),
  ];
  const numbered = steps.flatMap((step, index) => [`  ${index + 1}. ${step.text}`, ...(step.listed ?? []).map((line) => `     ${line}`)]);
  return [
    `已生成 ${file}（${periodLabel(made.period)}，上一季度为 ${shown(made.latest.file)}）。`,
    ...carriedLines(made),
    ...copyLines(made),
    '接下来请填写：',
    ...numbered,
    '填好后检查并生成通报：',
    `  tongbao check ${file}`,
    `  tongbao build ${file}`,
  ];
}
