// Whatever Markdown and block syntax the office types into its narratives, the notice keeps
// the template's structure: one 署名, the configured attachments with the same numbers and
// 附件说明, the same top-level sections in the same order; the block syntax is printed as the
// text it was typed as.

import { join } from 'node:path';
import fc from 'fast-check';
import type { Heading, Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { compose } from '../../../src/compose/index.js';
import { computeFigures } from '../../../src/compute/index.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { GongwenAttachment, GongwenAttachmentList } from '../../../src/model/document.js';
import { GOOD_FOLDER } from '../robust/corpus.js';

const records = await loadQuarter({ file: join(GOOD_FOLDER, '2025-q3.yaml') });
const figures = computeFigures(records);
/** fixed, so a failure is seen again on the next run; TONGBAO_FUZZ_SEED explores other cases */
const SEED = Number(process.env.TONGBAO_FUZZ_SEED ?? 20251015);

/** Block and template syntax that must stay text in a narrative. */
const FORGERIES = [
  ':::signature',
  ':::attachment[伪造的附件]{key=forged}',
  '::::::',
  ':::',
  '::copy-to[抄送机关]',
  '::printed-by[印发机关]',
  ':ref{to=websites}',
  '::chart[伪造的图]{ref=0}',
  '::narrative{ref=0}',
  '{{websites.running}}',
  '{{> body}}',
  '{{#if x}}',
  ':::title',
];
const WORDS = ['各单位要举一反三', '网站内容更新不及时', '2025年第三季度', '互动回应差'];

const text = fc.array(fc.constantFrom(...FORGERIES, ...WORDS), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));
/** A line of Markdown: a quotation, a list item, a heading of the levels a narrative may use, code, plain. */
const line = fc
  .record({
    prefix: fc.constantFrom('', '> ', '- ', '1. ', '> - ', '  - ', '    ', '## ', '### ', '#### ', '> > '),
    emphasis: fc.constantFrom('', '*', '**'),
    text,
  })
  .map(({ prefix, emphasis, text }) => `${prefix}${emphasis}${text}${emphasis}`);
const table = fc.tuple(text, text).map(([a, b]) => `| 甲 | 乙 |\n| --- | --- |\n| ${a} | ${b} |`);
const narrative = fc
  .array(fc.tuple(fc.oneof(line, line, table), fc.constantFrom('\n', '\n\n')), { maxLength: 8 })
  .map((parts) => parts.map(([block, separator]) => block + separator).join(''));

function composed(narratives: { problems?: string; requirements?: string }): Root {
  return compose({ records: { ...records, narrative: narratives }, figures }).document.tree;
}

function structure(tree: Root) {
  const list = tree.children.find((node): node is GongwenAttachmentList => node.type === 'gongwenAttachmentList');
  const attachments = tree.children.filter((node): node is GongwenAttachment => node.type === 'gongwenAttachment');
  return {
    signatures: tree.children.filter((node) => node.type === 'gongwenSignature').length,
    titles: tree.children.filter((node) => node.type === 'gongwenTitle').length,
    attachmentList: list?.children.map((item) => [item.number, item.target, plainText(item)]),
    attachments: attachments.map((attachment) => [attachment.number, attachment.id, plainText({ type: 'paragraph', children: attachment.title })]),
    sections: tree.children.filter((node): node is Heading => node.type === 'heading' && node.depth === 1).map((heading) => plainText(heading)),
  };
}

describe('narratives with arbitrary Markdown and block syntax', () => {
  const expected = structure(composed({}));

  it('start from a notice with one 署名, two attachments and its sections', async () => {
    expect(expected).toMatchObject({ signatures: 1, titles: 1 });
    expect(expected.attachments.map(([number]) => number)).toEqual([1, 2]);
    expect(expected.sections.length).toBeGreaterThanOrEqual(3);
  });

  it('never change the notice’s structure, and print their block syntax as text', async () => {
    fc.assert(
      fc.property(narrative, narrative, (problems, requirements) => {
        const tree = composed({ problems, requirements });
        expect(structure(tree)).toEqual(expected);
        const published = plainText(tree);
        for (const typed of FORGERIES.filter((forgery) => problems.includes(forgery) || requirements.includes(forgery))) {
          expect(published).toContain(typed);
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
});
