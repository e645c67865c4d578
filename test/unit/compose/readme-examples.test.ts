// The README's table of template examples is a test: each row's template, rendered against
// three quarters of records (test/fixtures/three-quarters.ts, with the hand-worked
// arithmetic), prints exactly the row's sentence. So the documentation shows only what
// really works.

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateContext } from '../../../src/compose/context.js';
import { renderMarkdown } from '../../../src/compose/engine.js';
import { helperSettings } from '../../../src/compose/helpers/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { THREE_QUARTERS as records } from '../../fixtures/three-quarters.js';

const README = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

/** Rows of the table headed | 印出的句子 | 模板写法 |: the sentence and the first template of the row. */
function exampleRows(): Array<{ sentence: string; template: string }> {
  const start = README.indexOf('| 印出的句子 | 模板写法 |');
  const table = README.slice(start).split('\n\n')[0]!.split('\n').slice(2);
  return table.map((row) => {
    const [, sentence = '', written = ''] = row.split(' | ').length > 1 ? /^\| (.+?) \| (.+) \|$/.exec(row)! : [];
    return { sentence, template: /`([^`]+)`/.exec(written)?.[1] ?? '' };
  });
}

function render(template: string): string {
  const bundled = mkdtempSync(join(tmpdir(), 'tongbao-readme-'));
  mkdirSync(join(bundled, 'partials'));
  writeFileSync(join(bundled, 'notice.hbs'), template);
  const context = templateContext(records, computeFigures(records));
  return renderMarkdown({ templates: { bundled }, context, settings: helperSettings(records.issuer) }).markdown.replace(/\\(.)/g, '$1');
}

describe('the README’s template examples', () => {
  const rows = exampleRows();

  it('are a table of at least fifteen sentences, each with its template', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) expect(row.template, row.sentence).not.toBe('');
  });

  it.each(rows.map((row) => [row.sentence, row.template] as const))('%s', (sentence, template) => {
    expect(render(template)).toBe(sentence);
  });
});
