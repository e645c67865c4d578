// Odd but valid quarters: a channel with no records, nothing running, nothing checked,
// nothing failing, no message received, a first quarter compared with last quarter's
// published figures only. Each builds, and the bundled templates say so in proper
// sentences: no “0%” for a rate with nothing to divide by, no empty “其中。”, no sentence
// about a channel the notice is not about. Asserted on the published web page's text.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareNotice } from '../../../src/build.js';
import { writeHtml } from '../../../src/write/html/index.js';
import { readerText } from '../../seeds/reader-text.js';
import { ISSUER_YAML, tempProject } from '../load/temp-project.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../data/示例市');

/** The text of the notice built from `quarter` with the test issuer, as the article of the web page shows it. */
async function noticeText(quarter: string, issuer = ISSUER_YAML): Promise<string> {
  const project = tempProject({ 'package.json': '{}', '城/_issuer.yaml': issuer, '城/2025-q3.yaml': quarter });
  const { document } = await prepareNotice(join(project.root, '城/2025-q3.yaml'), () => {});
  const files = await writeHtml(document, { browser: () => Promise.reject(new Error('no browser for HTML')), printsPdf: false });
  const fragment = files.find((file) => file.name === '通报.fragment.html');
  return readerText(new TextDecoder().decode(fragment!.bytes)).replace(/\s+/g, '');
}

const HEAD = `period: { year: 2025, quarter: 3 }
date: 2025-10-15
window: { start: 2025-07-01, end: 2025-09-20 }
deadline: 2025-10-31
`;

const SITE = '{ id: w01, name: 测试市人民政府门户网站, owner: 市政府办公室, kind: 门户网站, level: 市级, region: 市本级';
const ACCOUNT = '{ id: a01, name: 测试发布, platform: 微信公众号, owner: 市政府办公室, region: 市本级';

describe('odd but valid quarters', () => {
  it('a website running but not checked, no accounts, no message received', async () => {
    const text = await noticeText(`${HEAD}websites:\n  - ${SITE}, checked: false }\nmessages:\n  - { name: 我为政府网站找错, received: 0, finished: 0 }\n`);
    expect(text).toContain('测试市人民政府办公室关于2025年第三季度全市政府网站检查情况的通报');
    expect(text).toContain('组织开展了2025年第三季度全市政府网站检查工作');
    expect(text).toContain('目前，全市正常运行的政府网站共1家，其中门户网站1家。本季度未检查政府网站。');
    expect(text).toContain('2025年7月1日至9月20日，全市未收到“我为政府网站找错”平台转办的网民留言。');
    expect(text).toContain('各单位要对照检查指标举一反三，抓好自查，请于2025年10月31日前将自查情况（含电子版）报送市政府办公室。');
    for (const absent of ['%', '其中。', '政务新媒体', '存在的主要问题', '办结率']) expect(text).not.toContain(absent);
  });

  it('every website closed: nothing runs, so no count, ratio or breakdown', async () => {
    const text = await noticeText(`${HEAD}websites:\n  - ${SITE}, status: 关停 }\naccounts:\n  - ${ACCOUNT} }\n`);
    expect(text).toContain('目前，全市没有正常运行的政府网站。');
    expect(text).not.toMatch(/政府网站共0|检查政府网站0|抽查比例为0%/);
    expect(text).toContain('本季度共检查政务新媒体1个，实现全覆盖检查；未发现不合格政务新媒体，合格率为100%。');
  });

  it('accounts only: the notice never mentions websites', async () => {
    const text = await noticeText(`${HEAD}accounts:\n  - ${ACCOUNT}, veto: [内容不更新] }\n  - { id: a02, name: 测试服务, platform: 新浪微博, owner: 市政府办公室, region: 市本级 }\n`);
    expect(text).toContain('关于2025年第三季度全市政务新媒体检查情况的通报');
    expect(text).toContain('发现不合格政务新媒体1个（因出现单项否决指标有关情形判定为不合格），合格率为50%。');
    expect(text).toContain('被通报为不合格的政务新媒体的主办单位');
    expect(text).not.toContain('政府网站');
  });

  it('no records at all', async () => {
    const text = await noticeText(HEAD);
    expect(text).toContain('本季度没有政府网站和政务新媒体的检查记录。');
    expect(text).not.toMatch(/0%|其中。/);
  });

  it('a previous quarter that checked nothing is not compared with', async () => {
    const previous = 'previous:\n  published:\n    period: { year: 2025, quarter: 2 }\n    websites: { running: 3, checked: 0, failing: 0 }\n';
    const text = await noticeText(`${HEAD}${previous}websites:\n  - ${SITE} }\n`);
    expect(text).toContain('未发现不合格网站，合格率为100%。');
    expect(text).not.toContain('较上季度');
  });

  it('the first quarter set up as the example file documents it (previous: published) builds and compares', async () => {
    // the example's third quarter with its units written in YAML, as a first quarter's file would hold them
    const example = readFileSync(resolve(import.meta.dirname, '../../fixtures/example-yaml/2025-q3.yaml'), 'utf8');
    // the commented-out block under “没有上一季度记录时…”, uncommented: the documentation itself is what is tested
    const documented = /#   previous:\n(?:#     .*\n)+/.exec(example)?.[0];
    expect(documented).toBeDefined();
    const firstQuarter = example
      .replace(/^previous: .*$/m, documented!.replace(/^# {3}/gm, ''))
      // comparing rectification with last quarter needs its records, which a first quarter does not have
      .replace(/^rectification:\n(?: {2}.*\n)+/m, '');
    const text = await noticeText(firstQuarter, readFileSync(join(EXAMPLE, '_issuer.yaml'), 'utf8').replace(/^seal:\n(?: {2}.*\n)+/m, ''));
    // 20 of 22 this quarter (90.9%) against 18 of 21 published (85.7%)
    expect(text).toContain('合格率为90.9%，较上季度提高5.2个百分点');
    expect(text).not.toContain('图1');
  });
});
