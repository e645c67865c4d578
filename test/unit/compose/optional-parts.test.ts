// The bundled templates with the parts a notice may go without — 主送, 依据, the checking
// window, the monitoring point, the deadline — and with the optional narrative sections the
// bundled body places (overview, 典型做法, 问责情况): what is absent is left out and the
// sentences still read naturally; top-level section numbers follow what is printed.

import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/compose/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { textBlocks } from '../../../src/lint/text-blocks.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from '../load/temp-project.js';

const WITHOUT_TEXTS = ISSUER_YAML.replace('addressees: 各区人民政府，市政府各部门：\nbasis:\n  - 《检查指标》（国办秘函〔2019〕19号）\n', '');
const WINDOW = 'window: { start: 2025-07-01, end: 2025-09-20 }\n';
const DEADLINE = 'deadline: 2025-10-31\n';
/** The quarter with its account failing, so the attachment and the rectification sentence are printed. */
const FAILING = QUARTER_YAML.replace('region: 市本级 }', 'region: 市本级, veto: [内容不更新] }');

/** The notice's text blocks as `type: text`, composed with the bundled templates. */
async function noticeText(issuer: string, quarter: string): Promise<string[]> {
  const records = await tempProject({ '城/_issuer.yaml': issuer, '城/2025-q3.yaml': quarter }).load('城/2025-q3.yaml');
  return textBlocks(compose({ records, figures: computeFigures(records) }).document.tree).map((block) => `${block.type}: ${block.text}`);
}

const lineOf = (blocks: readonly string[], start: string): string | undefined => blocks.find((block) => block.startsWith(start));

describe('a notice without the parts the data leaves out', () => {
  // each test makes its own project, removed when it finishes
  const bare = () => noticeText(WITHOUT_TEXTS, FAILING.replace(WINDOW, '').replace(DEADLINE, ''));

  it('prints no 主送 block without addressees', async () => {
    expect((await bare()).filter((block) => block.startsWith('gongwenAddressee'))).toEqual([]);
  });

  it('opens with the purpose and the action, without a basis or a date range', async () => {
    expect((await bare())[1]).toBe('paragraph: 为加强全市政府网站和政务新媒体管理，市政府办公室组织开展了2025年第三季度全市政府网站和政务新媒体检查工作。现将有关情况通报如下：');
  });

  it('asks for the rectification report without a date', async () => {
    expect(lineOf(await bare(), 'paragraph: 各有关单位')).toContain('请将整改落实情况（含电子版）报送市政府办公室。');
  });

  it('prints no 注 under the attachment without a window or a monitoring point', async () => {
    expect((await bare()).filter((block) => block.includes('注：'))).toEqual([]);
  });
});

describe('the parts a notice has, as before', () => {
  it('prints the 主送, the basis, the window and the deadline when given', async () => {
    const blocks = await noticeText(ISSUER_YAML, FAILING);
    expect(blocks[1]).toBe('gongwenAddressee: 各区人民政府，市政府各部门：');
    expect(blocks[2]).toBe('paragraph: 根据《检查指标》（国办秘函〔2019〕19号）要求，市政府办公室于2025年7月1日至9月20日组织开展了2025年第三季度全市政府网站和政务新媒体检查工作。现将有关情况通报如下：');
    expect(lineOf(blocks, 'paragraph: 各有关单位')).toContain('请于2025年10月31日前将整改落实情况（含电子版）报送市政府办公室。');
    expect(lineOf(blocks, 'paragraph: 注：')).toBe('paragraph: 注：检查时间2025年7月1日至9月20日。');
  });

  it('prints the monitoring point alone when the window is left out', async () => {
    const blocks = await noticeText(ISSUER_YAML, FAILING.replace(WINDOW, 'monitoringPoint: 2025-09-15\n'));
    expect(lineOf(blocks, 'paragraph: 注：')).toBe('paragraph: 注：监测时间点2025年9月15日。');
  });
});

describe('the narrative sections the bundled body places', () => {
  const headings = (blocks: readonly string[]) => blocks.filter((block) => /^heading: [一二三四五六]、/.test(block));

  it('puts overview first in 总体情况, 典型做法 before the problems and 问责情况 after them', async () => {
    const quarter = `${FAILING}narrative:\n  overview: 本季度检查工作总体平稳。\n  practices: 东城区建立了每日巡查制度。\n  accountability: 对两家单位进行了约谈。\n`;
    const blocks = await noticeText(ISSUER_YAML, quarter);
    expect(headings(blocks)).toEqual(['heading: 一、总体情况', 'heading: 二、典型做法', 'heading: 三、存在的主要问题', 'heading: 四、问责情况', 'heading: 五、下一步工作要求']);
    const after = (heading: string) => blocks[blocks.indexOf(heading) + 1];
    expect([after('heading: 一、总体情况'), after('heading: 二、典型做法'), after('heading: 四、问责情况')]).toEqual([
      'paragraph: 本季度检查工作总体平稳。',
      'paragraph: 东城区建立了每日巡查制度。',
      'paragraph: 对两家单位进行了约谈。',
    ]);
  });

  it('numbers the sections that are printed: without practices, 问责情况 is 三', async () => {
    const blocks = await noticeText(ISSUER_YAML, `${FAILING}narrative:\n  accountability: 对两家单位进行了约谈。\n`);
    expect(headings(blocks)).toEqual(['heading: 一、总体情况', 'heading: 二、存在的主要问题', 'heading: 三、问责情况', 'heading: 四、下一步工作要求']);
  });
});
