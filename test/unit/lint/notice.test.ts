// lintNotice over a whole notice tree: every text of it is read (also the 公文 elements that
// keep text outside `children`), a finding in template text has no place, and the issuer in
// the title and in the signature must agree (the signature may give its short name).

import { join } from 'node:path';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { lintNotice } from '../../../src/lint/index.js';
import { textBlocks } from '../../../src/lint/text-blocks.js';
import { loadQuarter } from '../../../src/load/index.js';
import type { NoticeDocument } from '../../../src/model/document.js';
import { GOOD_FOLDER } from '../robust/corpus.js';

const records = await loadQuarter({ file: join(GOOD_FOLDER, '2025-q3.yaml') });
const text = (value: string) => ({ type: 'text' as const, value });

function notice(options: { title: string; signature: string; colophonBy?: string }): NoticeDocument {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'gongwenTitle', children: [text(options.title)] },
      { type: 'paragraph', children: [text('请于'), { type: 'strong', children: [text('2025-10-31')] }, text('前报送。')] },
      { type: 'gongwenSignature', children: [{ type: 'gongwenSignatureIssuer', children: [text(options.signature)] }, { type: 'gongwenSignatureDate', children: [text('2025年10月15日')] }] },
      { type: 'gongwenAttachment', id: 'attachment-1', title: [text('不合格名单')], children: [] },
      ...(options.colophonBy ? [{ type: 'gongwenColophon' as const, printedBy: [text(options.colophonBy)], printDate: [text('2025年10月15日')] }] : []),
    ],
  };
  return { tree, titleText: options.title, date: records.date, author: options.signature, fonts: {} };
}

const TITLE = '测试市人民政府办公室关于2025年第三季度全市政府网站和政务新媒体检查情况的通报';

describe('lintNotice', () => {
  it('reads text kept outside children (attachment titles, the 版记) and joins text across formatting', async () => {
    const blocks = textBlocks(notice({ title: TITLE, signature: '测试市人民政府办公室', colophonBy: '测试市政府办公室秘书科' }).tree);
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['gongwenTitle', TITLE],
      ['paragraph', '请于2025-10-31前报送。'],
      ['gongwenSignatureIssuer', '测试市人民政府办公室'],
      ['gongwenSignatureDate', '2025年10月15日'],
      ['gongwenAttachment.title', '不合格名单'],
      ['gongwenColophon.printedBy', '测试市政府办公室秘书科'],
      ['gongwenColophon.printDate', '2025年10月15日'],
    ]);
  });

  it('reports text that no data value holds (a template’s) without a place, quoting it', async () => {
    const found = lintNotice({ records, document: notice({ title: TITLE, signature: '测试市人民政府办公室', colophonBy: '值班手机13912345678' }) });
    expect(found.map((d) => [d.code, d.severity, d.place, d.field])).toEqual([
      ['TB307', 'warning', undefined, undefined],
      ['TB302', 'error', undefined, undefined],
    ]);
  });

  it('requires the issuer before 关于 in the title to be the one in the signature', async () => {
    const found = lintNotice({ records, document: notice({ title: TITLE.replace('2025-', ''), signature: '测试市人民政府' }) });
    expect(found.filter((d) => d.code === 'TB308').map((d) => d.message)).toEqual([
      `署名“测试市人民政府”与标题“${TITLE}”中的发文机关不一致`,
    ]);
    const agreeing = lintNotice({ records, document: notice({ title: TITLE, signature: '测试市人民政府办公室' }) });
    expect(agreeing.filter((d) => d.code === 'TB308')).toEqual([]);
  });

  it('accepts the issuer’s short name (规范化简称) in the signature, and only the issuer’s', async () => {
    const short = lintNotice({ records, document: notice({ title: TITLE, signature: records.issuer.shortName }) });
    expect(short.filter((d) => d.code === 'TB308')).toEqual([]);
    // the short name stands for the issuer, not for some other organ a title names
    const other = TITLE.replace('测试市人民政府办公室', '测试市大数据局');
    const found = lintNotice({ records, document: notice({ title: other, signature: records.issuer.shortName }) });
    expect(found.filter((d) => d.code === 'TB308').map((d) => d.message)).toEqual([`署名“市政府办公室”与标题“${other}”中的发文机关不一致`]);
  });
});
