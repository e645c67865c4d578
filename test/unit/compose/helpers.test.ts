// The printing helpers templates use for the statistics catalogue, rendered through the real
// engine: changes with 基本持平 and the issuer's verbs, growth over the earlier count, count
// changes, streak numerals, ranks with 并列, the first n of a list, and clear misuse errors.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ratio } from '../../../src/compute/exact.js';
import { renderMarkdown } from '../../../src/compose/engine.js';
import { DEFAULT_CLASSIFIERS, DEFAULT_PRECISION } from '../../../src/config/defaults.js';
import { TongbaoError } from '../../../src/diagnostics/diagnostic.js';

const settings = {
  precision: DEFAULT_PRECISION,
  classifiers: DEFAULT_CLASSIFIERS,
  flatThresholds: { index: '0.02' },
  denseRanking: false,
  arabicNumeralsFrom: 11,
};

const index = (num: number, den = 100) => ({ kind: 'index', value: ratio(num, den) });

/** Renders a one-line main template and reads the text back without Markdown escapes. */
function render(template: string, context: object): string {
  const bundled = mkdtempSync(join(tmpdir(), 'tongbao-helpers-'));
  mkdirSync(join(bundled, 'partials'));
  writeFileSync(join(bundled, 'notice.hbs'), template);
  return renderMarkdown({ templates: { bundled }, context, settings }).markdown.replace(/\\(.)/g, '$1');
}

function renderError(template: string, context: object): TongbaoError {
  try {
    render(template, context);
  } catch (error) {
    if (error instanceof TongbaoError) return error;
    throw error;
  }
  throw new Error('expected a TongbaoError');
}

describe('change and direction', () => {
  it('says 基本持平 below the issuer’s threshold for the kind, 相同 or 持平 at zero, and takes the template’s verbs (001)', () => {
    const context = { a: index(87), b: index(86), c: index(74), d: index(71), e: index(63) };
    expect(render('{{change a b}}；{{change c c same="相同"}}；{{change d e up="提升"}}', context)).toBe('基本持平；相同；提升0.08');
    expect(render('{{direction a b}} {{direction c c}} {{direction e d}}', context)).toBe('about-same same down');
  });
});

describe('growth and countChange', () => {
  it('takes growth over the earlier count (003: 44 → 76 is 72.7%, not 42.1%)', () => {
    expect(render('{{growth now before}}，{{growth before now}}，{{growth now now}}', { now: 76, before: 44 })).toBe('增长72.7%，下降42.1%，持平');
  });

  it('prints a count change with the classifier given', () => {
    expect(render('{{countChange 76 44 "个"}}，{{countChange 3 5 "家"}}，{{countChange 5 5}}', {})).toBe('增加32个，减少2家，持平');
  });

  it('refuses a growth over nothing, naming the template line', () => {
    const error = renderError('第一行\n{{growth 5 0}}', {});
    expect(error.diagnostics[0]).toMatchObject({ code: 'TB402', place: { line: 2 } });
    expect(error.diagnostics[0]?.message).toContain('上一期为 0');
  });
});

describe('countNumeral, rank and first', () => {
  it('writes streaks and ranks as the issuer prints numerals (001: 连续四个季度)', () => {
    const ranking = [
      { name: '甲', rank: 1, tied: false },
      { name: '乙', rank: 2, tied: true },
      { name: '丙', rank: 2, tied: true },
    ];
    expect(render('连续{{countNumeral 4}}个季度、{{countNumeral 2}}个、{{countNumeral 12}}个；{{#each ranking}}{{name}}{{rank this}} {{/each}}', { ranking })).toBe(
      '连续四个季度、两个、12个；甲第一 乙并列第二 丙并列第二 ',
    );
  });

  it('takes the first n of a list', () => {
    expect(render('{{#each (first list 2)}}{{this}}{{/each}}', { list: ['a', 'b', 'c'] })).toBe('ab');
  });

  it('explains a statistic that is null for this quarter', () => {
    const error = renderError('{{stat recheck}}', { recheck: null });
    expect(error.diagnostics[0]?.message).toContain('先用 {{#if}} 判断');
  });
});
