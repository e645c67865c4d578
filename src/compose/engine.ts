// The one Handlebars instance: templates render Markdown, not HTML.
// Looks templates up by name in the issuer's folder first, then in the bundled templates/,
// and turns every template mistake into a diagnostic at the template's file, line and column.

import Handlebars from 'handlebars';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { displayPath } from '../load/located.js';
import type { SourcePlace } from '../model/records.js';
import type { ChartDeclaration } from './charts.js';
import { registerHelpers, TemplateUsageError, type HelperSettings } from './helpers/index.js';
import { HELPERS_IN_README, placeOfLoc, type HandlebarsLoc } from './helpers/usage-error.js';
import { markdownText } from './markdown-text.js';
import type { NarrativeUse } from './narrative.js';
import { CELL_SEPARATOR, type RenderedTable, type TableDeclaration } from './tables.js';
import { readTemplates, type TemplateSet, type TemplateSource } from './template-files.js';
import { splitMarks, StatementMarks, type TemplateOrigins } from './template-origins.js';
import { checkedLookup, DataAbsentError, DataLookupError, explainAbsent, explainMissing, pathAt } from './template-lookup.js';
import { parseTemplate } from './template-syntax.js';

export type { TemplateSet } from './template-files.js';

const ESCAPE_HELPER = '__markdownText';
const LOOKUP_HELPER = '__lookup';

/** Far more than any document needs (notice → body → overview → rectified is four), far less than exhausts the stack. */
export const MAX_PARTIAL_DEPTH = 32;

/**
 * `{{value}}` must escape for Markdown, not HTML. Handlebars has no option for that, but its
 * compiler is meant to be subclassed: every escaped output goes through our helper. The same
 * subclass puts a mark before each piece of output naming the statement that wrote it, so the
 * Markdown can be traced back to the templates (template-origins.ts).
 */
function markdownCompiler(hb: HandlebarsWithCompiler, marks: StatementMarks): CompilerClass {
  const Base = hb.JavaScriptCompiler as unknown as new () => MarkdownCompilerInternals;
  class MarkdownCompiler extends Base {
    override appendContent(content: string): void {
      super.appendContent(marks.mark(this.source.currentLocation, content) + content);
    }

    appendEscaped(): void {
      const mark = this.quotedString(marks.mark(this.source.currentLocation));
      const where = placeLiteral(this.source.currentLocation);
      // wrapped helpers expect an options object as their last argument
      this.pushSource(this.appendToBuffer([mark, ' + ', `container.lookupProperty(helpers, "${ESCAPE_HELPER}")(`, this.popStack(), ', ', where, ', {})']));
    }

    /** Unescaped output: a partial, a block's result. A program of one statement returns it directly, with no room for a mark. */
    override append(): void {
      if (!this.environment.isSimple) super.appendContent(marks.mark(this.source.currentLocation));
      super.append();
    }

    /**
     * Every step of a path into the data goes through checkedLookup (template-lookup.ts), with
     * the place it is written: a name that does not exist fails there, with the names that do,
     * even inside {{#if}} or a helper's arguments where Handlebars would quietly give nothing.
     */
    override nameLookup(parent: unknown, name: string, type: string): unknown {
      if (type !== 'context') return super.nameLookup(parent, name, type);
      const where = placeLiteral(this.source.currentLocation);
      return [`container.lookupProperty(helpers, "${LOOKUP_HELPER}")(`, parent, ', ', JSON.stringify(name), ', ', where, ')'];
    }

    /** Handlebars' own strict check of a printed path's last name is replaced by checkedLookup's check of every name. */
    override resolvePath(type: string, parts: string[], start: number, falsy: boolean, strict: boolean): void {
      super.resolvePath(type, parts, start, falsy, type === 'context' ? false : strict);
    }
  }
  // child programs ({{#each}} bodies …) are compiled by `prototype.compiler`
  (MarkdownCompiler.prototype as unknown as { compiler: unknown }).compiler = MarkdownCompiler;
  return MarkdownCompiler as unknown as CompilerClass;
}

/** A template place as a JavaScript literal in the compiled template: where a lookup or an output is written. */
function placeLiteral(location: unknown): string {
  return JSON.stringify(placeOfLoc(location as HandlebarsLoc | undefined) ?? null);
}

/** Handlebars' typings do not declare its compiler class nor the internals the subclass uses. */
type CompilerClass = new () => object;
type HandlebarsWithCompiler = typeof Handlebars & { JavaScriptCompiler: CompilerClass };

interface MarkdownCompilerInternals {
  source: { currentLocation: Parameters<StatementMarks['mark']>[0] };
  environment: { isSimple: boolean };
  nameLookup(parent: unknown, name: string, type: string): unknown;
  resolvePath(type: string, parts: string[], start: number, falsy: boolean, strict: boolean): void;
  appendContent(content: string): void;
  append(): void;
  pushSource(source: unknown): void;
  appendToBuffer(parts: unknown[]): unknown;
  popStack(): unknown;
  quotedString(text: string): string;
}

function templateError(entry: typeof CODES.templateUsage, args: { problem: string; hint: string }, place: SourcePlace | undefined): TongbaoError {
  return new TongbaoError([diagnose(entry, args, place ? { place } : {})]);
}

/** The template file's own place, when Handlebars named no line. */
const wholeFile = (source: TemplateSource): SourcePlace => ({ file: displayPath(source.file), line: 1, column: 1 });

/** Handlebars reports a runtime error's position as `… - 12:4` (line, 0-based column). */
function placeIn(message: string, source: TemplateSource): SourcePlace {
  const match = / - (\d+):(\d+)$/.exec(message);
  return match ? { file: displayPath(source.file), line: Number(match[1]), column: Number(match[2]) + 1 } : wholeFile(source);
}

/** Explains a Handlebars failure while `source` rendered, in the user's terms; `partials` are the names there are. */
function explain(error: unknown, source: TemplateSource, partials: readonly string[]): TongbaoError {
  if (error instanceof TongbaoError) return error;
  if (error instanceof TemplateUsageError) {
    return templateError(CODES.templateUsage, { problem: error.message, hint: error.hint }, error.place ?? wholeFile(source));
  }
  const message = error instanceof Error ? error.message : String(error);
  // @root and @data paths keep Handlebars' own strict check
  const missing = /^"([^"]+)" not defined/.exec(message);
  if (missing) {
    return templateError(
      CODES.templateUsage,
      { problem: `模板引用了不存在的数据或统计项“${missing[1]}”`, hint: '检查拼写；可用的数据和统计项见 README「改写通报的措辞：模板」' },
      placeIn(message, source),
    );
  }
  const nullLookup = /^Cannot read properties of (?:null|undefined) \(reading '([^']+)'\)/.exec(message);
  if (nullLookup) {
    return templateError(
      CODES.templateUsage,
      { problem: `模板引用了“${nullLookup[1]}”，但它所在的数据在本季度不存在（例如没有上一季度）`, hint: '用 {{#if …}} 包住这一段，只在数据存在时输出' },
      wholeFile(source),
    );
  }
  // a partial named by an expression ({{> (lookup …)}}) is only found missing while rendering
  const partial = /The partial (\S+) could not be found/.exec(message);
  if (partial) return new TongbaoError([diagnose(CODES.partialMissing, { name: partial[1] ?? '', known: partials }, { place: wholeFile(source) })]);
  return templateError(CODES.templateSyntax, { problem: `模板有误：${message.split('\n')[0]}`, hint: HELPERS_IN_README }, placeIn(message, source));
}

/**
 * Where a template calls each partial of the templates folder by name ({{> body}}), for errors
 * about the call; not the partials Handlebars makes itself (@partial-block, {{#*inline}}).
 */
function partialCalls(program: hbs.AST.Program): Map<string, HandlebarsLoc> {
  const calls = new Map<string, HandlebarsLoc>();
  const inline = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const statement = node as { type?: string; name?: { type: string; original?: unknown }; path?: { original?: unknown }; params?: Array<{ value?: unknown }>; loc?: HandlebarsLoc };
    if (statement.type === 'DecoratorBlock' && statement.path?.original === 'inline') inline.add(String(statement.params?.[0]?.value));
    if ((statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement') && statement.name?.type === 'PathExpression' && statement.loc) {
      const name = String(statement.name.original);
      if (!calls.has(name) && !name.startsWith('@')) calls.set(name, statement.loc);
    }
    for (const key of ['body', 'program', 'inverse'] as const) {
      const child = (node as Record<string, unknown>)[key];
      if (Array.isArray(child)) child.forEach(visit);
      else visit(child);
    }
  };
  visit(program);
  for (const name of inline) calls.delete(name);
  return calls;
}

/**
 * Templates parsed already, by file and text: a notice renders its 内容概述 and its body from
 * the same templates, and Handlebars' parser is the slowest step of a small notice's build.
 * A syntax tree is only read by the compiler, so one serves every rendering. Bounded, for a
 * long-running preview whose templates are being edited.
 */
const parsedTemplates = new Map<string, hbs.AST.Program>();
const MAX_PARSED_TEMPLATES = 256;

function parsedOnce(hb: typeof Handlebars, source: TemplateSource): hbs.AST.Program {
  const key = `${source.file}\u0000${source.text}`;
  const known = parsedTemplates.get(key);
  if (known) return known;
  const program = parseTemplate(hb, source);
  if (parsedTemplates.size >= MAX_PARSED_TEMPLATES) parsedTemplates.clear();
  parsedTemplates.set(key, program);
  return program;
}

/** Every template parsed; all the syntax slips, and calls of partials that do not exist, thrown together. */
function parseAll(hb: typeof Handlebars, sources: readonly TemplateSource[]): Map<TemplateSource, hbs.AST.Program> {
  const programs = new Map<TemplateSource, hbs.AST.Program>();
  const problems: TongbaoError[] = [];
  for (const source of sources) {
    try {
      programs.set(source, parsedOnce(hb, source));
    } catch (error) {
      if (!(error instanceof TongbaoError)) throw error;
      problems.push(error);
    }
  }
  const known = sources.filter((s) => s !== sources[0]).map((s) => s.name);
  for (const [source, program] of programs) {
    for (const [name, loc] of partialCalls(program)) {
      if (known.includes(name)) continue;
      const place = placeOfLoc(loc) ?? wholeFile(source);
      problems.push(new TongbaoError([diagnose(CODES.partialMissing, { name, known }, { place })]));
    }
  }
  if (problems.length > 0) throw new TongbaoError(problems.flatMap((p) => p.diagnostics));
  return programs;
}

/** The main template of a notice; other document kinds name their own (summary). */
const NOTICE_TEMPLATE = 'notice';

export interface RenderedMarkdown {
  readonly markdown: string;
  /** where each offset of the Markdown was written in the templates */
  readonly origins: TemplateOrigins;
  /** the charts the templates declared ({{#chart}}); the Markdown's `::chart` lines point into it */
  readonly charts: readonly ChartDeclaration[];
  /** the narratives the templates printed ({{markdown}}); the Markdown's `::narrative` lines point into it */
  readonly narratives: readonly NarrativeUse[];
  /** the tables the templates declared ({{#table}}); the Markdown's `::table` lines point into it */
  readonly tables: readonly RenderedTable[];
  /** the main template's file, which the whole document comes from */
  readonly mainFile: string;
}

/** Renders a document's Markdown from the template context, starting at the `main` template. */
export function renderMarkdown(options: { templates: TemplateSet; main?: string; context: object; settings: HelperSettings }): RenderedMarkdown {
  const { main, partials } = readTemplates(options.templates, options.main ?? NOTICE_TEMPLATE);
  const hb = Handlebars.create() as HandlebarsWithCompiler;
  const marks = new StatementMarks();
  hb.JavaScriptCompiler = markdownCompiler(hb, marks);
  // a helper's SafeString (the line standing for a narrative) passes as it is, like Handlebars' own escaping
  // slips in the data's names, each kept with its place while rendering goes on, so that every
  // one of them is reported at once (a misspelt name gives null, which says nothing more)
  const slips: Slip[] = [];
  // slips known at the last output or helper call: a null printed, or a helper refusing what it
  // was given, right after a misspelt name is that slip's effect, not another slip
  let slipsSeen = 0;
  const freshSlip = (): boolean => {
    const fresh = slips.length > slipsSeen;
    slipsSeen = slips.length;
    return fresh;
  };
  const keep = (slip: Slip, causedBySlip: boolean): void => {
    if (!causedBySlip) slips.push(slip);
    slipsSeen = slips.length;
  };
  hb.registerHelper(ESCAPE_HELPER, (value: unknown, place: SourcePlace | null) => {
    const causedBySlip = freshSlip();
    if (value instanceof hb.SafeString) return value.toString();
    // printing nothing where a figure should stand is a template slip, never what a notice means
    if (value === null || value === undefined) {
      keep(new DataAbsentError(place), causedBySlip);
      return '';
    }
    return markdownText(value);
  });
  hb.registerHelper(LOOKUP_HELPER, (parent: unknown, name: string, place: SourcePlace | null) => {
    try {
      return checkedLookup(parent, name, place);
    } catch (error) {
      if (!(error instanceof DataLookupError)) throw error;
      slips.push(error);
      return null;
    }
  });
  const keptAside = { charts: [] as ChartDeclaration[], narratives: [] as NarrativeUse[], tables: [] as TableDeclaration[] };
  registerHelpers(hb, options.settings, keptAside);
  // a helper used wrong is a slip too: kept, and the rendering goes on to find the others
  for (const [name, helper] of Object.entries(hb.helpers)) {
    if (BUILT_IN_HELPERS.has(name) || name === ESCAPE_HELPER || name === LOOKUP_HELPER) continue;
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const causedBySlip = freshSlip();
      try {
        return (helper as (...given: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        if (!(error instanceof TemplateUsageError)) throw error;
        keep(error, causedBySlip);
        return '';
      }
    });
  }
  const programs = parseAll(hb, [main, ...partials]);

  // the templates being rendered, innermost last: a partial that includes itself stops here, not in a stack overflow
  const rendering: TemplateSource[] = [main];
  const tooDeep = (source: TemplateSource): TongbaoError => {
    const names = [...rendering, source].map((s) => s.name);
    // the chain up to where it first comes round to a template it is already in
    const repeated = names.findIndex((name, i) => names.indexOf(name) < i);
    const chain = [...rendering, source].slice(0, repeated === -1 ? undefined : repeated + 1);
    // the call that closes the round, in the template that makes it
    const [caller, callee] = chain.slice(-2) as [TemplateSource, TemplateSource];
    const program = programs.get(caller);
    const where = placeOfLoc(program && partialCalls(program).get(callee.name)) ?? wholeFile(caller);
    return new TongbaoError([diagnose(CODES.templateRecursion, { chain: chain.map((s) => s.name), limit: MAX_PARTIAL_DEPTH }, { place: where })]);
  };
  const compile = (source: TemplateSource): Handlebars.TemplateDelegate => {
    const compiled = hb.compile(programs.get(source) as hbs.AST.Program, { strict: true, preventIndent: true });
    return (context, runtime) => {
      try {
        return compiled(context, runtime);
      } catch (error) {
        throw explain(error, source, partials.map((p) => p.name));
      }
    };
  };
  for (const partial of partials) {
    const compiled = compile(partial);
    hb.registerPartial(partial.name, (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
      if (rendering.length > MAX_PARTIAL_DEPTH) throw tooDeep(partial);
      rendering.push(partial);
      try {
        return compiled(context, runtime);
      } finally {
        rendering.pop();
      }
    });
  }
  const reported = () => slipsReported(slips, [main, ...partials]);
  let rendered: string;
  try {
    rendered = compile(main)(options.context);
  } catch (error) {
    // what failed after a slip may be the slip's effect: the slips are reported first
    if (slips.length > 0) throw reported();
    throw error;
  }
  if (slips.length > 0) throw reported();
  const texts = new Map([main, ...partials].map((source) => [source.file, source.text]));
  const { charts, narratives } = keptAside;
  // a table's cells carry their marks like the Markdown around them, and are traced back the same way
  const tables = keptAside.tables.map(({ columns, cells, declaredAt }): RenderedTable => ({
    columns,
    rows: cells.length / columns.length,
    ...splitMarks({ rendered: cells.join(CELL_SEPARATOR), marks, texts }),
    ...(declaredAt ? { declaredAt } : {}),
  }));
  return { ...splitMarks({ rendered, marks, texts }), charts, narratives, tables, mainFile: main.file };
}

/** A mistake found while rendering that lets the rendering go on: a name, an absent value printed, a helper used wrong. */
type Slip = DataLookupError | DataAbsentError | TemplateUsageError;

/** Handlebars' own block helpers, which report nothing of their own. */
const BUILT_IN_HELPERS = new Set(['blockHelperMissing', 'each', 'helperMissing', 'if', 'unless', 'log', 'lookup', 'with']);

/** Every slip, once per place, explained with the path written there. */
function slipsReported(slips: readonly Slip[], sources: readonly TemplateSource[]): TongbaoError {
  const textOf = new Map(sources.map((source) => [displayPath(source.file), source.text]));
  const diagnostics = slips.map((slip) => {
    if (slip instanceof TemplateUsageError) return diagnose(CODES.templateUsage, { problem: slip.message, hint: slip.hint }, slip.place ? { place: slip.place } : {});
    const path = slip.place ? pathAt(textOf.get(slip.place.file) ?? '', slip.place) : undefined;
    const args = slip instanceof DataLookupError ? explainMissing(slip, path) : explainAbsent(path);
    return diagnose(CODES.templateUsage, args, slip.place ? { place: slip.place } : {});
  });
  const seen = new Set<string>();
  return new TongbaoError(
    diagnostics.filter((d) => {
      const key = `${d.place?.file}:${d.place?.line}:${d.place?.column}:${d.message}`;
      return !seen.has(key) && Boolean(seen.add(key));
    }),
  );
}
