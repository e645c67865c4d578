// The big-table notice and the same table for pandoc and Typst: every account of the attachment
// size fails this quarter, the rows are the ones the notice lists, and cells reach the other
// typesetters as text (a `|` or a quote in a name does not change the table).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownTable, typstTable } from '../../../scripts/bench/big-table.js';
import { DEFAULT_SEED, SIZES, failingAccountRows, writeSyntheticFolder } from '../../../scripts/bench/synthetic.js';
import { computeFigures } from '../../../src/compute/index.js';
import { loadQuarter } from '../../../src/load/index.js';

const table = { title: '名单', header: ['序号', '名称'], rows: [['1', '甲|乙'], ['2', '“丙” "丁" \\ #戊']] };

describe('the big-table bench notice', () => {
  it('fails every one of the 2,000 accounts and lists them as tongbao does, numbered in order', async () => {
    const rows = failingAccountRows({ size: SIZES.attachment, seed: DEFAULT_SEED });
    expect(rows).toHaveLength(2_000);
    expect(rows.map((row) => row[0])).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.every((row) => row.length === 5 && row.every((cell) => cell.length > 0))).toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'tongbao-big-table-'));
    try {
      const file = writeSyntheticFolder({ folder: join(root, 'data', '大表市'), size: SIZES.attachment, seed: DEFAULT_SEED, form: 'csv' });
      const figures = computeFigures(await loadQuarter({ file, projectRoot: root }));
      expect(figures.accounts!.failing).toBe(2_000);
      expect(figures.accounts!.failingUnits.map((unit) => [unit.owner, unit.name, unit.problem])).toEqual(rows.map((row) => [row[1], row[3], row[4]]));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('writes a Markdown pipe table whose cells keep a `|`', () => {
    const markdown = markdownTable(table);
    expect(markdown.split('\n')).toEqual(['# 名单', '', '| 序号 | 名称 |', '| --- | --- |', '| 1 | 甲\\|乙 |', '| 2 | “丙” "丁" \\\\ #戊 |', '']);
  });

  it.skipIf(!hasPandoc())('reads back in pandoc as the same cells', () => {
    const json = JSON.parse(execFileSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: markdownTable(table), encoding: 'utf8' })) as unknown;
    const text = JSON.stringify(json);
    expect(text).toContain('"甲|乙"');
    expect(text).toContain('"\\\\"');
  });

  it('writes Typst cells as strings, quotes and backslashes escaped', () => {
    const typst = typstTable(table, 'AR PL SungtiL GB');
    expect(typst).toContain('  "2", "“丙” \\"丁\\" \\\\ #戊",\n');
    expect(typst).toContain('#set text(font: "AR PL SungtiL GB"');
  });
});

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
