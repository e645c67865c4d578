// The pages a preview serves: the published page with the lint warnings above it and a
// reload script below it, or, when the notice cannot be built, the problems in Chinese.
// Only the preview carries script; the published 通报.html never does.

import { createHash } from 'node:crypto';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../diagnostics/report.js';
import { standalonePage } from '../write/html/page.js';

/** The path of the Server-Sent Events stream that says "rebuilt". */
export const EVENTS_PATH = '/events';
export const RELOAD_EVENT = 'reload';

const RELOAD_CODE = `new EventSource(${JSON.stringify(EVENTS_PATH)}).addEventListener(${JSON.stringify(RELOAD_EVENT)}, () => location.reload());`;
const RELOAD_SCRIPT = `<script>${RELOAD_CODE}</script>`;

/**
 * The preview's own script is the only one that may run (by its hash), and the page may load
 * nothing but inline styles, data: images and the event stream: the same "nothing leaves the
 * page" the published page keeps, enforced by the browser.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'sha256-${createHash('sha256').update(RELOAD_CODE).digest('base64')}'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "connect-src 'self'",
].join('; ');

const PREVIEW_STYLE = `
.preview-problems { max-width: 60em; margin: 0 auto; font-family: sans-serif; color: #1a1a1a; }
.preview-problems pre { padding: 0.75em 1em; white-space: pre-wrap; background: #fff4e5; border-left: 0.3em solid #b45309; }
.preview-problems h1, .preview-problems h2 { font-size: 1.25em; }
`;

const element = (tagName: string, children: ElementContent[], className?: string): Element => ({
  type: 'element',
  tagName,
  properties: className ? { className: [className] } : {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

function problemList(diagnostics: readonly Diagnostic[]): Element[] {
  return diagnostics.map((d) => element('pre', [text(formatDiagnostic(d))]));
}

/**
 * Splices `insert` in right before the last `marker`: the page's own tags come after the style
 * sheet, and the notice's text is escaped, so the last one is always the real tag.
 */
function before(html: string, marker: string, insert: string): string {
  const at = html.lastIndexOf(marker);
  if (at < 0) throw new Error(`预览页面中找不到 ${marker}`);
  return html.slice(0, at) + insert + html.slice(at);
}

/** The published page, plus the warnings (if any) above the notice and the reload script. */
export function previewPage(options: { page: string; warnings: readonly Diagnostic[] }): string {
  const banner = options.warnings.length
    ? toHtml(element('aside', [element('h2', [text(`发布前检查有 ${options.warnings.length} 处警告`)]), ...problemList(options.warnings)], 'preview-problems'))
    : '';
  const withStyle = before(options.page, '</head>', `<style>${PREVIEW_STYLE}</style>\n`);
  const withBanner = before(withStyle, '<article', banner);
  return before(withBanner, '</body>', `${RELOAD_SCRIPT}\n`);
}

/** What stopped the build, in place of the notice; the page reloads once the data is fixed. */
export function problemPage(options: { diagnostics: readonly Diagnostic[] } | { internalError: unknown }): string {
  const content =
    'diagnostics' in options
      ? [
          element('h1', [text(`数据有 ${options.diagnostics.filter((d) => d.severity === 'error').length} 处错误，未能生成通报`)]),
          element('p', [text('改正后保存文件，这个页面会自动刷新。')]),
          ...problemList(options.diagnostics),
        ]
      : [
          element('h1', [text('tongbao 内部错误，未能生成通报')]),
          element('p', [text('这是程序的缺陷，不是数据的问题，请把以下信息报告给维护者。')]),
          element('pre', [text(String(options.internalError instanceof Error ? options.internalError.stack : options.internalError))]),
        ];
  const page = standalonePage({ title: '通报预览：未能生成', styleSheet: PREVIEW_STYLE, article: element('section', content, 'preview-problems') });
  return before(page, '</body>', `${RELOAD_SCRIPT}\n`);
}
