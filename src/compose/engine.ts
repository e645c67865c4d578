// The one Handlebars instance: templates render Markdown, not HTML.
// Looks templates up by name in the issuer's folder first, then in the bundled templates/,
// and turns every template mistake into a TongbaoError naming the template file and line.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { markdownText } from './markdown-text.js';
import type { ChartDeclaration } from './charts.js';
import { chartHelper } from './helpers/chart.js';
import { registerHelpers, TemplateUsageError, type HelperSettings } from './helpers/index.js';

const ESCAPE_HELPER = '__markdownText';

/**
 * `{{value}}` must escape for Markdown, not HTML. Handlebars has no option for that, but
 * its compiler is meant to be subclassed: every escaped output goes through our helper.
 */
function markdownCompiler(hb: HandlebarsWithCompiler): CompilerClass {
  class MarkdownCompiler extends hb.JavaScriptCompiler {
    appendEscaped(this: MarkdownCompilerInternals): void {
      // wrapped helpers expect an options object as their last argument
      this.pushSource(this.appendToBuffer([`container.lookupProperty(helpers, "${ESCAPE_HELPER}")(`, this.popStack(), ', {})']));
    }
  }
  // child programs ({{#each}} bodies …) are compiled by `prototype.compiler`
  (MarkdownCompiler.prototype as unknown as { compiler: unknown }).compiler = MarkdownCompiler;
  return MarkdownCompiler;
}

/** Handlebars' typings do not declare its compiler class nor the internals `appendEscaped` uses. */
type CompilerClass = new () => object;
type HandlebarsWithCompiler = typeof Handlebars & { JavaScriptCompiler: CompilerClass };

interface MarkdownCompilerInternals {
  pushSource(source: unknown): void;
  appendToBuffer(parts: unknown[]): unknown;
  popStack(): unknown;
}

export interface TemplateSet {
  /** folder of the bundled templates (templates/) */
  readonly bundled: string;
  /** the issuer's override folder, whose files win by name */
  readonly override?: string;
}

interface TemplateSource {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

/** name → file, override folder first; partials live in `partials/` of either folder. */
function findTemplates(set: TemplateSet, mainName: string): { main: TemplateSource; partials: TemplateSource[] } {
  const byName = new Map<string, string>();
  for (const folder of [set.bundled, set.override].filter((f): f is string => Boolean(f))) {
    const partialsFolder = join(folder, 'partials');
    if (!existsSync(partialsFolder)) continue;
    for (const entry of readdirSync(partialsFolder).sort()) {
      if (entry.endsWith('.hbs')) byName.set(basename(entry, '.hbs'), join(partialsFolder, entry));
    }
  }
  const mainFile = [set.override, set.bundled]
    .filter((f): f is string => Boolean(f))
    .map((folder) => join(folder, `${mainName}.hbs`))
    .find((file) => existsSync(file));
  if (!mainFile) throw templateError({ code: 'TB401', message: `找不到主模板 ${mainName}.hbs`, file: set.bundled });
  const read = (name: string, file: string): TemplateSource => ({ name, file, text: readFileSync(file, 'utf8') });
  return {
    main: read(mainName, mainFile),
    partials: [...byName].map(([name, file]) => read(name, file)),
  };
}

function templateError(options: { code: string; message: string; file: string; line?: number; column?: number; hint?: string }): TongbaoError {
  const file = relative(process.cwd(), options.file) || options.file;
  return new TongbaoError([
    {
      code: options.code,
      severity: 'error',
      message: options.message,
      place: { file, line: options.line ?? 1, column: options.column ?? 1 },
      ...(options.hint ? { hint: options.hint } : {}),
    },
  ]);
}

/** Handlebars reports positions as `… - 12:4` (line, 0-based column). */
function placeOf(message: string): { line: number; column: number } | undefined {
  const match = / - (\d+):(\d+)$/.exec(message) ?? /on line (\d+)/.exec(message);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2] ?? 0) + 1 };
}

/** Explains a Handlebars failure inside one template file, in the user's terms. */
function explain(error: unknown, source: TemplateSource): TongbaoError {
  if (error instanceof TongbaoError) return error;
  if (error instanceof TemplateUsageError) {
    return templateError({ code: 'TB402', message: error.message, file: source.file, line: error.line, column: error.column });
  }
  const message = error instanceof Error ? error.message : String(error);
  const place = placeOf(message);
  const missing = /^"([^"]+)" not defined/.exec(message);
  if (missing) {
    return templateError({
      code: 'TB402',
      message: `模板引用了不存在的数据或统计项“${missing[1]}”`,
      file: source.file,
      ...place,
      hint: '检查拼写；可用的统计项见 README 的“模板可用的数据”一节',
    });
  }
  const nullLookup = /^Cannot read properties of (?:null|undefined) \(reading '([^']+)'\)/.exec(message);
  if (nullLookup) {
    return templateError({
      code: 'TB402',
      message: `模板引用了“${nullLookup[1]}”，但它所在的数据在本季度不存在（例如没有上一季度）`,
      file: source.file,
      hint: '用 {{#if …}} 包住这一段，只在数据存在时输出',
    });
  }
  const partial = /The partial (\S+) could not be found/.exec(message);
  if (partial) {
    return templateError({ code: 'TB403', message: `模板引用了不存在的子模板“${partial[1]}”`, file: source.file, ...place });
  }
  return templateError({ code: 'TB404', message: `模板有误：${message.split('\n')[0]}`, file: source.file, ...place });
}

/** A compiled template that reports its own errors with its own file name. */
function compileFrom(hb: typeof Handlebars, source: TemplateSource): Handlebars.TemplateDelegate {
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = hb.compile(source.text, { strict: true, preventIndent: true });
  } catch (error) {
    throw explain(error, source);
  }
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw explain(error, source);
    }
  };
}

/** The main template of a notice; other document kinds name their own (summary). */
const NOTICE_TEMPLATE = 'notice';

/**
 * Renders a document's Markdown from the template context, starting at the `main` template.
 * Charts the templates declare ({{#chart}}) are appended to `charts`; the Markdown's `::chart`
 * lines point into it (see charts.ts).
 */
export function renderMarkdown(options: {
  templates: TemplateSet;
  main?: string;
  context: object;
  settings: HelperSettings;
  charts?: ChartDeclaration[];
}): string {
  const hb = Handlebars.create() as HandlebarsWithCompiler;
  hb.JavaScriptCompiler = markdownCompiler(hb);
  // a helper's SafeString (the office's own Markdown) passes as it is, like Handlebars' own escaping
  hb.registerHelper(ESCAPE_HELPER, (value: unknown) => (value instanceof hb.SafeString ? value.toString() : markdownText(value)));
  registerHelpers(hb, options.settings);
  hb.registerHelper('chart', chartHelper({ precision: options.settings.precision, charts: options.charts ?? [] }));
  const { main, partials } = findTemplates(options.templates, options.main ?? NOTICE_TEMPLATE);
  for (const partial of partials) hb.registerPartial(partial.name, compileFrom(hb, partial));
  return compileFrom(hb, main)(options.context);
}
