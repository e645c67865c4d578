// The issuer cascade (defaults ← _issuer.yaml ← quarter `issuer:`) and the values the
// loader keeps exactly as typed.

import { describe, expect, it } from 'vitest';
import { DEFAULT_PLATFORMS, DEFAULT_PRECISION, DEFAULT_RULES } from '../../../src/config/defaults.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from './temp-project.js';

async function loadWith(options: { issuer?: string; quarter?: string }) {
  return await tempProject({ '城/_issuer.yaml': options.issuer ?? ISSUER_YAML, '城/2025-q3.yaml': options.quarter ?? QUARTER_YAML }).load('城/2025-q3.yaml');
}

describe('issuer cascade', () => {
  it('fills every setting the issuer leaves out from the tongbao defaults', async () => {
    const { issuer } = await loadWith({});
    expect(issuer.rules).toEqual(DEFAULT_RULES);
    expect(issuer.precision).toEqual(DEFAULT_PRECISION);
    expect(issuer.platforms).toEqual(DEFAULT_PLATFORMS);
    expect(issuer.classifiers).toEqual({ website: '家', account: '个', message: '条' });
    expect(issuer.seal).toBeUndefined();
  });

  it('keeps the defaults of the fields a partial setting does not name', async () => {
    const { issuer } = await loadWith({ issuer: `${ISSUER_YAML}precision: { passRate: 2 }\nrules: { passScore: 55 }\n` });
    expect(issuer.precision).toEqual({ ...DEFAULT_PRECISION, passRate: 2 });
    expect(issuer.rules).toEqual({ ...DEFAULT_RULES, passScore: '55' });
  });

  it('lets the quarter override the issuer file field by field, nearest winning', async () => {
    const quarter = `issuer:\n  contact: { person: 李示例 }\n  scope: 全区\n${QUARTER_YAML}`;
    const { issuer } = await loadWith({ quarter });
    expect(issuer.contact).toEqual({ recipient: '市政府办公室', phone: '2189636', person: '李示例' });
    expect(issuer.scope).toBe('全区');
    expect(issuer.name).toBe('测试市人民政府办公室');
  });

  it('replaces a list whole instead of joining it to the list below', async () => {
    const issuer = `${ISSUER_YAML}platforms:\n  - { name: 微信公众号, short: 微信 }\n  - { name: 新浪微博, short: 微博 }\n`;
    const quarter = `issuer:\n  platforms: [{ name: 微信公众号, short: 微信号 }]\n${QUARTER_YAML}`;
    expect((await loadWith({ issuer, quarter })).issuer.platforms).toEqual([{ name: '微信公众号', short: '微信号' }]);
  });

  it('reports a problem in an override at its place in the quarter file', async () => {
    const quarter = `issuer:\n  precision: { share: 3 }\n${QUARTER_YAML}`;
    const problems = await tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': quarter }).problems('城/2025-q3.yaml');
    expect(problems.map((d) => [d.code, d.field, d.place?.line, d.place?.column])).toEqual([['TB110', 'issuer.precision.share', 2, 23]]);
    expect(problems[0]?.place?.file).toMatch(/2025-q3\.yaml$/);
  });
});

describe('values as typed', () => {
  it('keeps scores and phone numbers as the digits written, and text with & and # intact', async () => {
    const quarter = QUARTER_YAML.replace('name: 测试发布', 'name: "测试R&D #服务"');
    const records = await loadWith({ quarter });
    expect(records.websites[0]?.scores).toEqual({ 发布解读: '27.50', 办事服务: '22', 互动交流: '18', 功能设计: '21' });
    expect(records.issuer.contact.phone).toBe('2189636');
    expect(records.accounts[0]?.name).toBe('测试R&D #服务');
  });

  it('defaults a unit to running and checked, and an unchecked or closed one to not checked', async () => {
    const quarter = `${QUARTER_YAML}  - { id: a02, name: 测试二, platform: 抖音, owner: 市政府办公室, region: 市本级, checked: false }
  - { id: a03, name: 测试三, platform: 抖音, owner: 市政府办公室, region: 市本级, status: 关停 }
`;
    const states = (await loadWith({ quarter })).accounts.map(({ status, checked, veto }) => ({ status, checked, veto }));
    expect(states).toEqual([
      { status: '运行', checked: true, veto: [] },
      { status: '运行', checked: false, veto: [] },
      { status: '关停', checked: false, veto: [] },
    ]);
  });

  it('treats an empty optional field as not written, and keeps each record’s place', async () => {
    const records = await loadWith({ quarter: QUARTER_YAML.replace('deadline: 2025-10-31', 'deadline: 2025-10-31\ndocNumber:') });
    expect('docNumber' in records).toBe(false);
    expect(records.websites[0]?.place).toMatchObject({ line: 7, column: 5 });
    expect(records.accounts[0]?.place).toMatchObject({ line: 15, column: 5 });
  });

  it('returns frozen records, and the same records for the same files', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': QUARTER_YAML });
    const first = await project.load('城/2025-q3.yaml');
    expect(Object.isFrozen(first.websites[0]?.scores)).toBe(true);
    expect(await project.load('城/2025-q3.yaml')).toEqual(first);
  });
});
