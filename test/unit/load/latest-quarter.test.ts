// The latest quarter file is found by the period written in each file, not by its name.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestQuarterFile } from '../../../src/load/latest-quarter.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from './temp-project.js';
import { failure } from '../new/office-copy.js';

const quarter = (year: number, q: number) => QUARTER_YAML.replace('period: { year: 2025, quarter: 3 }', `period: { year: ${year}, quarter: ${q} }`);

describe('the latest quarter file of a folder', () => {
  it('goes by the period in the files, passing over the issuer file, a summary and files that are no YAML', async () => {
    const project = tempProject({
      '城/_issuer.yaml': ISSUER_YAML,
      '城/2025-q9.yaml': quarter(2024, 4),
      '城/第二季度.yml': quarter(2025, 2),
      '城/旧的.yaml': quarter(2025, 1),
      '城/汇总.yaml': 'title: 汇总\nperiod: { year: 2025, quarter: 4 }\nsources: []\n',
      '城/说明.txt': 'period: { year: 2030, quarter: 1 }\n',
    });
    const latest = latestQuarterFile(join(project.root, '城'));
    expect(latest).toEqual({ file: join(project.root, '城', '第二季度.yml'), period: { year: 2025, quarter: 2 } });
  });

  it('refuses two files of the latest period, naming both', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/a.yaml': quarter(2025, 3), '城/b.yaml': quarter(2025, 3), '城/c.yaml': quarter(2025, 1) });
    const [problem, ...more] = await failure(() => latestQuarterFile(join(project.root, '城')));
    expect(more).toEqual([]);
    expect(problem!.code).toBe('TB655');
    expect(problem!.message).toMatch(/a\.yaml.*b\.yaml.*2025年第三季度/);
  });

  it('says when the folder is missing, is a file, or holds no quarter file', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '文件.yaml': quarter(2025, 3) });
    mkdirSync(join(project.root, '空'));
    const codeAndMessage = async (folder: string) => (await failure(() => latestQuarterFile(join(project.root, folder)))).map((d) => [d.code, d.message]);
    expect(await codeAndMessage('没有')).toEqual([['TB651', expect.stringMatching(/没有”不存在$/)]]);
    expect(await codeAndMessage('文件.yaml')).toEqual([['TB651', expect.stringMatching(/文件\.yaml”不是文件夹$/)]]);
    expect(await codeAndMessage('空')).toEqual([['TB652', expect.stringContaining('空')]]);
    expect(await codeAndMessage('城')).toEqual([['TB652', expect.stringContaining('城')]]);
  });

  it('reports a YAML file it cannot read, since it might be the latest quarter', async () => {
    const project = tempProject({ '城/_issuer.yaml': ISSUER_YAML, '城/2025-q3.yaml': quarter(2025, 3), '城/2025-q4.yaml': 'period: { year: 2025, quarter: 4\n' });
    expect((await failure(() => latestQuarterFile(join(project.root, '城')))).map((d) => [d.code, d.place?.file])).toEqual([['TB101', expect.stringContaining('2025-q4.yaml')]]);
  });
});
