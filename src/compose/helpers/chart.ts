// {{#chart websites.groupIndices kind="bar-compare" note="…"}}图的标题{{/chart}}: declares 图N.
// The data is printed here with the issuer's precision, as the sentences print it; writers only
// draw what they are given.

import type { HelperOptions } from 'handlebars';
import { periodLabel } from '../../format/chinese.js';
import { isPercentKind, printStat } from '../../format/number.js';
import type { ChartKind, ChartSeries, ChartValue } from '../../model/document.js';
import type { Stat, StatKind } from '../../model/figures.js';
import type { Period, PrecisionConfig } from '../../model/records.js';
import { chartLine, type ChartDeclaration } from '../charts.js';
import { withoutMarks } from '../template-origins.js';
import { placeOfCall, TemplateUsageError } from './usage-error.js';

const KINDS: Readonly<Record<ChartKind, string>> = {
  bar: '柱状图',
  'bar-horizontal': '横向柱状图（名称较长时用）',
  'bar-compare': '本季度与上季度对比的柱状图',
};

/** What a chart's values are called, by the kind of statistic drawn. */
const MEASURES: Readonly<Partial<Record<StatKind, string>>> = { index: '平均得分指数', passRate: '合格率' };

const CHARTABLE = 'websites.groupIndices、websites.itemIndices、websites.lowestItemIndices（得分指数），websites.byRegion、accounts.byRegion、accounts.byPlatform 等（合格率）';

/**
 * One bar group: its category name, this quarter's statistic and, for indices, last quarter's.
 * A statistic that does not apply (a region with nothing checked has no pass rate) is null and
 * drawn as no bar, labelled —.
 */
interface Row {
  readonly label: string;
  readonly stat: Stat | null;
  readonly previous: Stat | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStat = (value: unknown): value is Stat => isRecord(value) && typeof value.kind === 'string' && isRecord(value.value);

/** Score indices (group or item) and pass-rate breakdowns are the statistics a chart can draw. */
function rowOf(item: unknown): Row | undefined {
  if (!isRecord(item)) return undefined;
  const label = item.item ?? item.group ?? item.name;
  if (typeof label !== 'string') return undefined;
  const stat = 'index' in item ? item.index : item.passRate;
  if (!isStat(stat) && stat !== null) return undefined;
  return { label, stat, previous: isStat(item.previous) ? item.previous : null };
}

/** The rows to draw, and the kind of statistic they hold (that of the first that applies). */
function rowsOf(statistic: unknown, options: HelperOptions): { rows: Row[]; statKind: StatKind } {
  if (!Array.isArray(statistic) || statistic.length === 0) {
    throw new TemplateUsageError(
      `{{#chart}} 需要一组有数据的统计项，得到的是${Array.isArray(statistic) ? '空列表（这一季度没有这项数据，先用 {{#if 统计项.length}} 判断）' : '一个不能画图的值'}；可以画图的有：${CHARTABLE}`,
      options,
    );
  }
  const rows = statistic.map(rowOf);
  if (rows.some((row) => row === undefined)) throw new TemplateUsageError(`{{#chart}} 画不了这组数据；可以画图的有：${CHARTABLE}`, options);
  const applying = rows.find((row) => row?.stat)?.stat;
  if (!applying) throw new TemplateUsageError('{{#chart}} 要画的这组数据都无从计算（如都没有检查），先用 {{#if}} 判断', options);
  return { rows: rows as Row[], statKind: applying.kind };
}

/** The stat on its printed scale (percent kinds ×100) as a plain number, for the axis. */
function axisNumber(stat: Stat): number {
  const scale = isPercentKind(stat.kind) ? 100 : 1;
  return (Number(stat.value.num) * scale) / Number(stat.value.den);
}

function valueOf(stat: Stat | null, precision: PrecisionConfig): ChartValue {
  return stat ? { printed: printStat(stat, precision), value: axisNumber(stat) } : { printed: '—', value: null };
}

function kindOf(value: unknown, options: HelperOptions): ChartKind {
  if (typeof value === 'string' && value in KINDS) return value as ChartKind;
  const known = Object.entries(KINDS).map(([kind, words]) => `${kind}（${words}）`).join('、');
  throw new TemplateUsageError(`{{#chart}} 不认识图表类型“${String(value)}”，可用：${known}`, options);
}

function seriesOf(options: { kind: ChartKind; rows: Row[]; measure: string; precision: PrecisionConfig; root: Record<string, unknown> }, helper: HelperOptions): ChartSeries[] {
  const { kind, rows, measure, precision, root } = options;
  const current = rows.map((row) => valueOf(row.stat, precision));
  if (kind !== 'bar-compare') return [{ name: measure, values: current }];
  const previousPeriod = isRecord(root.previous) ? (root.previous.period as Period | undefined) : undefined;
  if (!previousPeriod || rows.every((row) => row.previous === null)) {
    throw new TemplateUsageError('{{#chart kind="bar-compare"}} 需要上季度的同一项数据（如 websites.groupIndices 的 previous），先用 {{#if}} 判断', helper);
  }
  return [
    { name: periodLabel(root.period as Period), values: current },
    { name: periodLabel(previousPeriod), values: rows.map((row) => valueOf(row.previous, precision)) },
  ];
}

/** The block helper; each call adds its chart to `charts` and writes the line that places it. */
export function chartHelper(options: { precision: PrecisionConfig; charts: ChartDeclaration[] }) {
  const { precision, charts } = options;
  return function chart(this: unknown, statistic: unknown, helper: HelperOptions): string {
    if (typeof helper?.fn !== 'function') throw new TemplateUsageError('图表写成 {{#chart 统计项 kind="bar"}}图的标题{{/chart}}', helper);
    const hash = (helper.hash ?? {}) as Record<string, unknown>;
    const kind = kindOf(hash.kind ?? 'bar', helper);
    const { rows, statKind } = rowsOf(statistic, helper);
    const measure = MEASURES[statKind] ?? '';
    // the caption's own places are not kept: a mistake in it is reported at the {{#chart}}
    const titleMarkdown = withoutMarks(helper.fn(this)).replace(/\s*\n\s*/g, '').trim();
    if (titleMarkdown === '') throw new TemplateUsageError('{{#chart}} 和 {{/chart}} 之间要写图的标题', helper);
    const root = (helper.data?.root ?? {}) as Record<string, unknown>;
    const declaration: ChartDeclaration = {
      kind,
      measure,
      unit: isPercentKind(statKind) ? '%' : '',
      axisMax: isPercentKind(statKind) ? 100 : 1,
      categories: rows.map((row) => row.label),
      series: seriesOf({ kind, rows, measure, precision, root }, helper),
      ...(typeof hash.note === 'string' && hash.note !== '' ? { note: hash.note } : {}),
      declaredAt: placeOfCall(helper),
    };
    charts.push(declaration);
    return chartLine({ ref: charts.length - 1, titleMarkdown });
  };
}
