// 标题 and attachment titles broken by meaning (GB/T 9704 7.3.1): over the titles of the example,
// the seeds and titles generated from the parts such titles are made of, every line fits the
// text block, no line is one character, no break falls inside a word Intl.Segmenter finds, and
// the lines make a 梯形 or 菱形 of even lengths. Manual breaks (a new line, `|`) are kept.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, Root } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { prepareNotice } from '../../../src/build.js';
import { breakTitles } from '../../../src/compose/title-breaks.js';
import { TITLE_CHARS_PER_LINE, titleLines } from '../../../src/layout/title-lines.js';
import { widthInChars } from '../../../src/layout/text-width.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from '../load/temp-project.js';

const PROJECT_ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every place Intl.Segmenter lets a word end inside the text. */
function wordEnds(text: string): Set<number> {
  const segments = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)];
  return new Set(segments.map((s) => s.index).filter((i) => i > 0));
}

/** The lines of a title's content: the text between its break nodes. */
function linesOf(content: readonly PhrasingContent[]): string[] {
  const lines = [''];
  for (const node of content) {
    if (node.type === 'break') lines.push('');
    else lines[lines.length - 1] += mdastText(node);
  }
  return lines;
}

function expectWellBroken(text: string, lines: readonly string[]): void {
  expect(lines.join(''), text).toBe(text);
  const widths = lines.map(widthInChars);
  // as few lines as the text needs (one more only when no break point allows it)
  expect(lines.length, text).toBeLessThanOrEqual(Math.ceil(widthInChars(text) / TITLE_CHARS_PER_LINE) + 1);
  for (const width of widths) {
    expect(width, text).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    expect(width, `a line of one character in ${lines.join('/')}`).toBeGreaterThan(1);
  }
  const ends = wordEnds(text);
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    expect(ends.has(offset), `${lines.join('/')} splits a word`).toBe(true);
  }
  if (lines.length > 1) {
    // even: the shortest line at least half as long as the longest, which no 1- or 2-character tail passes
    expect(Math.min(...widths) / Math.max(...widths), lines.join('/')).toBeGreaterThanOrEqual(0.5);
    // 梯形 or 菱形: once the lines get shorter (by more than a character) they never get longer again
    const narrowedAt = widths.findIndex((w, i) => i > 0 && w < widths[i - 1]! - 1);
    if (narrowedAt > 0) for (let i = narrowedAt + 1; i < widths.length; i += 1) expect(widths[i]!, lines.join('/')).toBeLessThanOrEqual(widths[i - 1]! + 1);
  }
}

/** The 标题 and attachment titles of a built notice, as lines. */
async function titlesOf(quarterFile: string): Promise<string[][]> {
  const { document } = await prepareNotice(quarterFile, () => {});
  return document.tree.children.flatMap((node) => {
    if (node.type === 'gongwenTitle') return [linesOf(node.children)];
    if (node.type === 'gongwenAttachment') return [linesOf(node.title)];
    return [];
  });
}

const quarterFiles = [
  'data/示例市/2025-q3.yaml',
  // each seed's latest quarter: the earlier ones are only there as its previous quarters
  ...readdirSync(join(PROJECT_ROOT, 'data/seeds')).flatMap((seed) => {
    const quarters = readdirSync(join(PROJECT_ROOT, 'data/seeds', seed)).filter((name) => /^\d{4}-q\d\.yaml$/.test(name));
    return quarters.length > 0 ? [join('data/seeds', seed, quarters.sort().at(-1)!)] : [];
  }),
];

describe('the titles of the example and the seeds', () => {
  it.each(quarterFiles)('%s: break between words into even lines, none of one character', async (file) => {
    const titles = await titlesOf(join(PROJECT_ROOT, file));
    expect(titles.length).toBeGreaterThan(0);
    for (const lines of titles) expectWellBroken(lines.join(''), lines);
  });

  it('keeps 第三季度, 名单 and 检查 whole where the old layout split them', async () => {
    const titles = (await titlesOf(join(PROJECT_ROOT, 'data/示例市/2025-q3.yaml'))).map((lines) => lines.join('/'));
    expect(titles[0]).toBe('示例市人民政府办公室关于2025年第三季度/全市政府网站和政务新媒体检查情况的通报');
    expect(titles).toContain('2025年第三季度全市/政务新媒体检查不合格名单');
  });
});

/** Titles as offices write them, from their usual parts, in every combination. */
function generatedTitles(): string[] {
  const issuers = ['示例市人民政府办公室', '广西壮族自治区大数据发展局', '黑龙江省人民政府办公厅', '东城区政务服务数据管理局', '国务院办公厅'];
  const periods = ['2025年第三季度', '2022年一季度', '2020年第一季度', '2024年度'];
  const subjects = [
    '全市政府网站和政务新媒体检查情况',
    '全区政府网站和政府系统政务新媒体抽查情况',
    '全省政府网站与政务新媒体检查情况暨上季度问题整改情况',
    '政府网站检查情况',
  ];
  const forms = ['关于{p}{s}的通报', '关于公布{p}{s}的函', '{p}{s}通报'];
  return issuers.flatMap((issuer) =>
    periods.flatMap((period) => subjects.flatMap((subject) => forms.map((form) => issuer + form.replace('{p}', period).replace('{s}', subject)))),
  );
}

describe('generated titles', () => {
  it.each(generatedTitles())('%s', (title) => {
    expectWellBroken(title, titleLines(title));
  });

  it('sets attachment titles of a few characters in one line', () => {
    expect(titleLines('不合格名单')).toEqual(['不合格名单']);
  });
});

describe('manual breaks', () => {
  const treeWith = (title: string): Root => ({
    type: 'root',
    children: [
      { type: 'gongwenTitle', children: [{ type: 'text', value: title }] },
      { type: 'gongwenAttachmentList', children: [{ type: 'gongwenAttachmentItem', target: 'attachment', children: [{ type: 'text', value: title }] }] },
      { type: 'gongwenAttachment', id: 'attachment', title: [{ type: 'text', value: title }], children: [] },
    ],
  });

  it.each(['|', '\n', ' | '])('honours %j in the 标题 and the attachment title, and drops it from the 附件说明', (mark) => {
    // short enough for one line: the break is there only because it was asked for
    const tree = treeWith(`关于第三季度${mark}检查情况的通报`);
    breakTitles(tree);
    const [title, list, attachment] = tree.children;
    const expected = ['关于第三季度', '检查情况的通报'];
    expect(title?.type === 'gongwenTitle' && linesOf(title.children)).toEqual(expected);
    expect(attachment?.type === 'gongwenAttachment' && linesOf(attachment.title)).toEqual(expected);
    expect(list?.type === 'gongwenAttachmentList' && linesOf(list.children[0]!.children)).toEqual([expected.join('')]);
  });

  it.each(['\n', '|'])('takes a title the issuer broke with %j in its title.hbs as written', async (mark) => {
    const project = tempProject({
      'package.json': '{}',
      '城/_issuer.yaml': `${ISSUER_YAML}templates: 模板\n`,
      '城/模板/partials/title.hbs': `{{issuer.name}}关于{{period period}}${mark}{{issuer.scope}}政府网站和政务新媒体抽查情况的函\n`,
      '城/2025-q3.yaml': QUARTER_YAML,
    });
    const [title] = await titlesOf(join(project.root, '城/2025-q3.yaml'));
    expect(title).toEqual(['测试市人民政府办公室关于2025年第三季度', '全市政府网站和政务新媒体抽查情况的函']);
  });

  it('prints a | or a new line from the data as text, never as a break', async () => {
    const project = tempProject({
      'package.json': '{}',
      '城/_issuer.yaml': ISSUER_YAML.replace('scope: 全市', 'scope: "全|市"'),
      '城/2025-q3.yaml': QUARTER_YAML,
    });
    const [title] = await titlesOf(join(project.root, '城/2025-q3.yaml'));
    expect(title!.join('')).toContain('第三季度全|市政府网站');
  });
});
