// The bundled example's follow-up figures, worked by hand from data/示例市/2025-q{2,3}.yaml,
// and the sentences the default templates print for them (only because the data has them).
//
// By hand: sites re-checked after rectification: w20 passed, w22 did not → 21/22 = 95.45…% → 95.5%;
// accounts: 4 of 5 passed (a065 did not) → 73/74 = 98.64…% → 98.6%. Final score above 80 (扣分 +
// 加分 above 80): Q3 12 of 20 scored (60%), Q2 6 of 18 (33.3%) → +26.7 个百分点; above 80 in both
// quarters: w01 w02 w03 w04 w07 w15. Q2 failed w05 w16 w23 and six accounts; all fixed but a065.

import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/compose/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { loadQuarter } from '../../../src/load/index.js';

const PROJECT_ROOT = new URL('../../../', import.meta.url).pathname;
const records = await loadQuarter({ file: `${PROJECT_ROOT}data/示例市/2025-q3.yaml`, projectRoot: PROJECT_ROOT });
const figures = computeFigures(records);
/** The notice's Markdown without escapes and line breaks. */
const text = compose({ records, figures }).markdown.replace(/\\(.)/g, '$1').replace(/\n/g, '');

describe('the bundled example: follow-up figures', () => {
  it('has the re-check, rectification and message figures worked by hand', async () => {
    expect(figures.websites.recheck).toMatchObject({ passed: 1, stillFailing: 1 });
    expect(figures.accounts.recheck).toMatchObject({ passed: 4, stillFailing: 1 });
    expect(figures.websites.rectification).toMatchObject({ issued: 3, fixed: 3 });
    expect(figures.accounts.rectification).toMatchObject({ issued: 6, fixed: 5, stillFailing: 1 });
    expect(figures.websites.scoreLines[0]).toMatchObject({ count: 12, previous: { count: 6 } });
    expect(figures.websites.scoreLines[0]?.streak?.sites.map((site) => site.id)).toEqual(['w01', 'w02', 'w03', 'w04', 'w07', 'w15']);
  });

  it('prints them in 总体情况', async () => {
    for (const sentence of [
      '经复查，上季度检查发现的3家不合格政府网站已按要求完成整改；6个不合格政务新媒体中，5个已按要求完成整改，1个复查仍不合格（“南湖文旅”）。',
      '经督促整改复检后，整体合格率达95.5%。',
      '得分高于80分的网站12家，占比60%，较上季度提高26.7个百分点。',
      '示例市人力资源和社会保障局网站共6家连续两个季度得分高于80分。',
      '2025年7月1日至9月20日，全市共收到“我为政府网站找错”平台转办的网民留言37条，办结37条，办结率100%。',
      '经督促整改复检后，合格率达98.6%。',
    ]) {
      expect(text).toContain(sentence);
    }
  });
});
