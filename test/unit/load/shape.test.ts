// Bad files of every TB1xx kind: each must give its code at the exact line and column
// of the offending text, with the field path, and never a stack trace.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUER_YAML, QUARTER_YAML, expectProblemAt, quarterProblems, tempProject } from './temp-project.js';

function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`“${from}” not in text`);
  return text.replace(from, to);
}

describe('YAML syntax', () => {
  it('reports a value holding “: ” at its column, and nothing else from that file', async () => {
    const text = replaced(QUARTER_YAML, 'date: 2025-10-15', 'date: 2025-10-15\ndocNumber: 示政办函: 18号');
    const problems = await quarterProblems(text);
    const diagnostic = expectProblemAt({ problems, code: 'TB101', text, needle: '示政办函: 18号' });
    expect(problems).toHaveLength(1);
    expect(diagnostic.message).toContain('一行里出现了两个');
    expect(diagnostic.place?.file).toMatch(/城\/2025-q3\.yaml$/);
  });

  it('reports a tab used for indentation on its line, without the confusion it causes below', async () => {
    const text = replaced(QUARTER_YAML, '    name: 测试市', '\tname: 测试市');
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB101', text, needle: '\tname' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('制表符');
  });
});

describe('field problems', () => {
  it('reports an empty quarter file as a missing table at its start', async () => {
    const problems = await quarterProblems('# 还没有填写\n');
    expect(problems.map((d) => [d.code, d.message, d.place?.line, d.place?.column])).toEqual([
      ['TB103', '这里应填写键值表（“字段: 值”，每项一行），实际是空', 1, 1],
    ]);
  });

  it('reports a duplicated key at its second occurrence, with the field path', async () => {
    const text = replaced(QUARTER_YAML, '    region: 市本级\n', '    region: 市本级\n    region: 东城区\n');
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB102', text, needle: 'region: 东城区', field: 'websites[0].region' });
  });

  it('reports a wrong type at the value', async () => {
    const text = replaced(QUARTER_YAML, '    region: 市本级\n', '    region: 市本级\n    checked: 是\n');
    const problems = await quarterProblems(text);
    const diagnostic = expectProblemAt({ problems, code: 'TB103', text, needle: '是\n', field: 'websites[0].checked' });
    expect(diagnostic.message).toBe('这里应填写是或否（true 或 false），实际是文字“是”');
  });

  it('reports a quoted score as a wrong type and an exponent as an inexact number', async () => {
    const text = replaced(QUARTER_YAML, '办事服务: 22, 互动交流: 18', '办事服务: "22", 互动交流: 1.8e1');
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB103', text, needle: '"22"', field: 'websites[0].scores.办事服务' });
    expectProblemAt({ problems, code: 'TB109', text, needle: '1.8e1', field: 'websites[0].scores.互动交流' });
  });

  it('reports an unknown key with the name it was probably meant to be', async () => {
    const text = replaced(QUARTER_YAML, 'websites:', 'webistes:');
    const problems = await quarterProblems(text);
    const diagnostic = expectProblemAt({ problems, code: 'TB104', text, needle: 'webistes', field: 'webistes' });
    expect(diagnostic.hint).toBe('是否想写“websites”？');
  });

  it('reports a missing required field at the record that lacks it', async () => {
    const text = replaced(QUARTER_YAML, '    owner: 市政府办公室\n', '');
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB105', text, needle: 'id: w01', field: 'websites[0].owner' });
  });

  it('treats a required field left empty as missing, at its key', async () => {
    const text = replaced(QUARTER_YAML, 'date: 2025-10-15', 'date:');
    const problems = await quarterProblems(text);
    expectProblemAt({ problems, code: 'TB105', text, needle: 'date:', field: 'date' });
  });

  it('reports a status that is not one of the allowed values', async () => {
    const text = replaced(QUARTER_YAML, '    region: 市本级\n', '    region: 市本级\n    status: 停用\n');
    const problems = await quarterProblems(text);
    const diagnostic = expectProblemAt({ problems, code: 'TB111', text, needle: '停用', field: 'websites[0].status' });
    expect(diagnostic.hint).toBe('可选：运行、关停、建设中。');
  });

  it('reports a quarter outside 1..4', async () => {
    const text = replaced(QUARTER_YAML, 'quarter: 3', 'quarter: 5');
    expectProblemAt({ problems: await quarterProblems(text), code: 'TB110', text, needle: '5 }', field: 'period.quarter' });
  });
});

describe('paths in the data', () => {
  it('reports a seal image outside the project folder in the issuer file', async () => {
    const issuer = `${ISSUER_YAML}seal: { image: ../../outside.png }\n`;
    const problems = await quarterProblems(QUARTER_YAML, issuer);
    const diagnostic = expectProblemAt({ problems, code: 'TB107', text: issuer, needle: '../../outside.png', field: 'seal.image' });
    expect(diagnostic.place?.file).toMatch(/城\/_issuer\.yaml$/);
  });

  it('reports a missing seal image, and a folder given where a file belongs', async () => {
    const project = tempProject({ '城/_issuer.yaml': `${ISSUER_YAML}seal: { image: seal.png }\ntemplates: 模板\n`, '城/2025-q3.yaml': QUARTER_YAML });
    const problems = await project.problems('城/2025-q3.yaml');
    expect(problems.map((d) => [d.code, d.field])).toEqual([
      ['TB106', 'seal.image'],
      ['TB106', 'templates'],
    ]);
    project.write('城/seal.png/keep', '');
    project.write('城/模板/notice.hbs', '');
    expect((await project.problems('城/2025-q3.yaml')).map((d) => [d.code, d.field])).toEqual([['TB108', 'seal.image']]);
  });

  it('resolves the seal from the issuer file and the templates folder to absolute paths', async () => {
    const project = tempProject({ '城/_issuer.yaml': `${ISSUER_YAML}seal: { image: seal.png }\ntemplates: 模板\n`, '城/2025-q3.yaml': QUARTER_YAML });
    project.write('城/seal.png', readFileSync(resolve(import.meta.dirname, '../../../data/示例市/seal.png')));
    project.write('城/模板/notice.hbs', '');
    const { issuer } = await project.load('城/2025-q3.yaml');
    expect(issuer.seal).toEqual({ image: `${project.root}/城/seal.png`, diameterMm: 45 });
    expect(issuer.templates).toBe(`${project.root}/城/模板`);
  });

  it('reports an issuer file that is not a table, and nothing it would have set', async () => {
    const problems = await quarterProblems(QUARTER_YAML, '- 测试市人民政府办公室\n');
    expect(problems.map((d) => [d.code, d.place?.file.split('/').at(-1), d.place?.line, d.place?.column])).toEqual([['TB103', '_issuer.yaml', 1, 1]]);
  });

  it('reports a quarter without any issuer settings', async () => {
    const project = tempProject({ '城/2025-q3.yaml': QUARTER_YAML });
    expect((await project.problems('城/2025-q3.yaml')).map((d) => d.code)).toEqual(['TB112']);
  });
});

describe('all problems at once', () => {
  it('reports every problem of a file in one error, in line order', async () => {
    const text = QUARTER_YAML.replace('quarter: 3', 'quater: 3')
      .replace('date: 2025-10-15', 'date: 2025-02-30')
      .replace('    level: 市级\n', '    level: 市级\n    level: 区级\n')
      .replace('发布解读: 27.50', '发布解读: 31')
      .replace('platform: 微信公众号', 'platform: 微信');
    const problems = await quarterProblems(text);
    expect(problems.map((d) => [d.code, d.field, d.place?.line])).toEqual([
      ['TB105', 'period.quarter', 1],
      ['TB104', 'period.quater', 1],
      ['TB209', 'date', 2],
      ['TB102', 'websites[0].level', 11],
      ['TB208', 'websites[0].scores.发布解读', 13],
      ['TB205', 'accounts[0].platform', 15],
    ]);
    expect(problems.every((d) => d.message && d.hint && !/\bat\b.*\.ts/.test(d.message))).toBe(true);
  });

  it('reports problems of the issuer file and the quarter file together', async () => {
    const issuer = ISSUER_YAML.replace('scope: 全市\n', 'scope: 全市\nscopes: 全区\n');
    const text = QUARTER_YAML.replace('deadline: 2025-10-31', 'deadline: 2025-10-01');
    const problems = await quarterProblems(text, issuer);
    expect(problems.map((d) => [d.code, d.place?.file.split('/').at(-1)])).toEqual([
      ['TB104', '_issuer.yaml'],
      ['TB211', '2025-q3.yaml'],
    ]);
  });
});
