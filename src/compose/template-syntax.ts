// Handlebars says what is wrong with a template in its own words ("Parse error on line 4: …
// Expecting 'OPEN_ENDBLOCK', got 'EOF'"), and for a block left open it says so at the end of
// the file. Office staff read Chinese and need the slip itself: the {{#if}} that was never
// closed, the {{/each}} that closes an {{#if}}, the “{{” without its “}}”. Reading the
// template's tags tells these slips apart; what Handlebars alone notices keeps its place.

import type Handlebars from 'handlebars';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/located.js';
import { placeInText } from '../load/read-yaml.js';
import type { TemplateSource } from './template-files.js';

interface Tag {
  readonly kind: 'open' | 'close' | 'else' | 'other';
  readonly name: string;
  readonly offset: number;
}

interface TagScan {
  readonly tags: readonly Tag[];
  /** a “{{” with no “}}” before the next “{{”, or a comment never closed */
  readonly unclosed?: { readonly offset: number; readonly comment: boolean };
  /** the first “}}” outside any tag, which Handlebars prints as text */
  readonly strayClose?: number;
}

function tagOf(inner: string, offset: number): Tag {
  const body = inner.replace(/^~?\{?\s*/, '').replace(/\s*~?$/, '');
  const name = (from: string) => /^[>*]?\s*([^\s}~()]+)/.exec(from)?.[1] ?? '';
  if (body.startsWith('#')) return { kind: 'open', name: name(body.slice(1)), offset };
  if (body.startsWith('/')) return { kind: 'close', name: name(body.slice(1)), offset };
  if (body === '^' || /^else\b/.test(body)) return { kind: 'else', name: 'else', offset };
  if (body.startsWith('^')) return { kind: 'open', name: name(body.slice(1)), offset };
  return { kind: 'other', name: name(body), offset };
}

function scanTags(text: string): TagScan {
  const tags: Tag[] = [];
  let strayClose: number | undefined;
  const noteStray = (from: number, to: number) => {
    const at = text.slice(from, to).indexOf('}}');
    if (at !== -1) strayClose ??= from + at;
  };
  let position = 0;
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', position)) {
    noteStray(position, open);
    const escaped = text[open - 1] === '\\';
    const comment = /^\{\{~?!(--)?/.exec(text.slice(open, open + 6));
    const end = comment?.[1] ? text.indexOf('--}}', open + 3) : text.indexOf('}}', open + 2);
    if (end === -1) return { tags, unclosed: { offset: open, comment: Boolean(comment) }, ...(strayClose === undefined ? {} : { strayClose }) };
    const next = text.indexOf('{{', open + 2);
    if (!comment && next !== -1 && next < end) return { tags, unclosed: { offset: open, comment: false }, ...(strayClose === undefined ? {} : { strayClose }) };
    if (!comment && !escaped) tags.push(tagOf(text.slice(open + 2, end), open));
    position = end + (comment?.[1] ? 4 : 2);
  }
  noteStray(position, text.length);
  return { tags, ...(strayClose === undefined ? {} : { strayClose }) };
}

type BlockSlip =
  | { readonly kind: 'unclosed' | 'unopened' | 'strayElse'; readonly tag: Tag }
  | { readonly kind: 'mismatch'; readonly tag: Tag; readonly open: Tag };

/** The first block that does not pair up, as Handlebars pairs them. */
function blockSlip(tags: readonly Tag[]): BlockSlip | undefined {
  const open: Tag[] = [];
  for (const tag of tags) {
    if (tag.kind === 'open') open.push(tag);
    if (tag.kind === 'else' && open.length === 0) return { kind: 'strayElse', tag };
    if (tag.kind !== 'close') continue;
    const opening = open.pop();
    if (!opening) return { kind: 'unopened', tag };
    if (opening.name !== tag.name) return { kind: 'mismatch', tag, open: opening };
  }
  const unclosed = open.pop();
  return unclosed ? { kind: 'unclosed', tag: unclosed } : undefined;
}

interface SyntaxProblem {
  readonly problem: string;
  readonly hint: string;
  readonly offset?: number;
}

const BLOCKS_PAIR = '块以 {{#名称 …}} 开始、以 {{/名称}} 结束，名称相同，可以嵌套但不能交叉';

function slipProblem(slip: BlockSlip, text: string): SyntaxProblem {
  const { tag } = slip;
  switch (slip.kind) {
    case 'unclosed':
      return { problem: `{{#${tag.name}}} 没有结束：缺少 {{/${tag.name}}}`, hint: `在这一块内容的末尾写上 {{/${tag.name}}}；${BLOCKS_PAIR}`, offset: tag.offset };
    case 'unopened':
      return { problem: `{{/${tag.name}}} 前面没有对应的 {{#${tag.name}}}`, hint: `删去它，或在这一块的开头补上 {{#${tag.name} …}}；${BLOCKS_PAIR}`, offset: tag.offset };
    case 'strayElse':
      return { problem: '{{else}} 不在任何 {{#if}}、{{#each}} 等块里面', hint: '{{else}} 写在 {{#if 条件}} 和 {{/if}} 之间', offset: tag.offset };
    case 'mismatch': {
      const line = placeInText({ text, offset: slip.open.offset, file: '' }).line;
      return {
        problem: `{{/${tag.name}}} 与第 ${line} 行的 {{#${slip.open.name}}} 不配对`,
        hint: `{{#${slip.open.name}}} 要以 {{/${slip.open.name}}} 结束（是否漏写了它，或写错了名称？）；${BLOCKS_PAIR}`,
        offset: tag.offset,
      };
    }
  }
}

/** The slip behind a Handlebars parse error, said in Chinese, at the slip's offset when the tags show it. */
function explainParseError(message: string, text: string): SyntaxProblem {
  const scan = scanTags(text);
  if (scan.unclosed?.comment) {
    return { problem: '注释没有结束：{{!-- 缺少结尾的 --}}', hint: '注释写成 {{!-- 说明文字 --}}', offset: scan.unclosed.offset };
  }
  if (scan.unclosed) {
    return { problem: '“{{”没有对应的“}}”', hint: '在名称后补上“}}”，如 {{stat websites.passRate}}；花括号要成对', offset: scan.unclosed.offset };
  }
  const slip = blockSlip(scan.tags);
  if (slip) return slipProblem(slip, text);
  if (/got 'CLOSE_UNESCAPED'/.test(message)) return { problem: '多了一个“}”：“{{ }}”只用两个花括号', hint: '删去多出的“}”' };
  if (/got 'CLOSE'/.test(message)) return { problem: '“{{ }}”里缺少数据的名称或帮助函数', hint: '写成 {{websites.running}} 或 {{stat websites.passRate}}，或删去这对花括号' };
  return { problem: `模板写法有误（Handlebars：${message.split('\n')[0]}）`, hint: '检查这一处的 {{ }} 是否成对、名称是否写全；写法见 README「改写通报的措辞：模板」' };
}

/** Handlebars' parser is one object shared by all instances; after a failed parse, its lexer stands at the offending token. */
function offendingPlace(hb: typeof Handlebars): { line: number; column: number } | undefined {
  const location = (hb as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
  return location ? { line: location.first_line, column: location.first_column + 1 } : undefined;
}

/** A template's syntax tree, parsed under its file name (so every node knows its file); slips are thrown in Chinese. */
export function parseTemplate(hb: typeof Handlebars, source: TemplateSource): hbs.AST.Program {
  const file = displayPath(source.file);
  const at = (problem: SyntaxProblem, fallback?: { line: number; column: number }) => {
    const place = problem.offset === undefined ? (fallback && { file, ...fallback }) : placeInText({ text: source.text, offset: problem.offset, file });
    return new TongbaoError([diagnose(CODES.templateSyntax, { problem: problem.problem, hint: problem.hint }, place ? { place } : {})]);
  };
  let program: hbs.AST.Program;
  try {
    program = hb.parse(source.text, { srcName: source.file } as Parameters<typeof hb.parse>[1]);
  } catch (error) {
    throw at(explainParseError(error instanceof Error ? error.message : String(error), source.text), offendingPlace(hb));
  }
  const { strayClose } = scanTags(source.text);
  if (strayClose !== undefined) {
    throw at({ problem: '多出的“}}”：前面没有对应的“{{”', hint: '补上“{{”，或删去“}}”', offset: strayClose });
  }
  return program;
}
