// The title is a partial of its own: an issuer changes it (001's 关于公布…的函 form) with one
// file in its templates folder, without copying notice.hbs.

import { join } from 'node:path';
import { toString as mdastText } from 'mdast-util-to-string';
import { expect, it } from 'vitest';
import { prepareNotice } from '../../../src/build.js';
import { ISSUER_YAML, QUARTER_YAML, tempProject } from '../load/temp-project.js';

it('takes the issuer’s title.hbs and keeps the rest of the bundled notice', async () => {
  const project = tempProject({
    'package.json': '{}',
    '城/_issuer.yaml': `${ISSUER_YAML}templates: 模板\n`,
    '城/模板/partials/title.hbs': '{{issuer.name}}关于公布{{period period}}{{issuer.scope}}政府网站和政务新媒体抽查情况的函\n',
    '城/2025-q3.yaml': QUARTER_YAML,
  });
  const { document } = await prepareNotice(join(project.root, '城/2025-q3.yaml'), () => {});
  const title = document.tree.children.find((node) => node.type === 'gongwenTitle');
  expect(mdastText(title!)).toBe('测试市人民政府办公室关于公布2025年第三季度全市政府网站和政务新媒体抽查情况的函');
  expect(document.tree.children.some((node) => node.type === 'gongwenSignature')).toBe(true);
  expect(document.tree.children.some((node) => node.type === 'gongwenAddressee')).toBe(true);
});
