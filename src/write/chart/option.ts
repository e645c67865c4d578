// The ECharts option for a 图N: black and grey ink with one accent, labels in the layout
// profile's chart font, each bar labelled with its value as the notice prints it.

import type { EChartsOption } from 'echarts';
import { CHART } from '../../layout/gbt9704.js';
import type { ChartValue, GongwenChart } from '../../model/document.js';

/** CSS px per point and per mm: SVG user units are CSS px (96 per inch). */
export const PX_PER_PT = 96 / 72;
export const PX_PER_MM = 96 / 25.4;

/** This quarter in the accent; an earlier quarter in grey. */
const SERIES_COLOURS = [CHART.accent, CHART.earlierGrey];

const axisLine = { lineStyle: { color: CHART.ink } };

/** ECharts' axis labels, legend and bar labels keep their own 12 px default unless told. */
interface LabelText {
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly color: string;
}

function valueAxis(chart: GongwenChart, text: LabelText) {
  return {
    type: 'value' as const,
    min: 0,
    max: chart.axisMax,
    axisLabel: { ...text, formatter: `{value}${chart.unit}` },
    axisLine: { show: true, ...axisLine },
    splitLine: { lineStyle: { color: CHART.gridGrey } },
  };
}

function categoryAxis(chart: GongwenChart, text: LabelText, labelWidthPx: number) {
  return {
    type: 'category' as const,
    data: [...chart.categories],
    // every name shown, wrapped to its slot rather than skipped or overlapping
    axisLabel: { ...text, interval: 0, width: labelWidthPx, overflow: 'break' as const },
    axisTick: { alignWithLabel: true },
    axisLine,
  };
}

/** The bar's value for the axis; '-' is ECharts' "no value" (no bar, no label). */
const drawnValue = (value: ChartValue) => (value.value === null ? '-' : value.value);

export function chartOption(options: { chart: GongwenChart; fontFamily: string; widthPx: number }): EChartsOption {
  const { chart, fontFamily, widthPx } = options;
  const horizontal = chart.kind === 'bar-horizontal';
  const legend = chart.series.length > 1;
  const slotPx = (widthPx * 0.85) / Math.max(1, chart.categories.length);
  const text: LabelText = { fontFamily, fontSize: CHART.labelSizePt * PX_PER_PT, color: CHART.ink };
  const category = categoryAxis(chart, text, horizontal ? widthPx * 0.3 : slotPx);
  const value = valueAxis(chart, text);
  return {
    animation: false,
    textStyle: text,
    grid: { left: 8, right: horizontal ? 48 : 8, top: 28, bottom: legend ? 36 : 8, containLabel: true },
    ...(legend ? { legend: { bottom: 0, itemGap: 24, textStyle: text } } : {}),
    xAxis: horizontal ? value : category,
    // the lowest value first reads top to bottom, as the notice lists them
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: chart.series.map((series, index) => ({
      type: 'bar' as const,
      name: series.name,
      data: series.values.map(drawnValue),
      barMaxWidth: 36,
      silent: true,
      emphasis: { disabled: true },
      itemStyle: { color: SERIES_COLOURS[index] ?? CHART.earlierGrey },
      label: {
        show: true,
        position: horizontal ? ('right' as const) : ('top' as const),
        ...text,
        formatter: (point: { dataIndex: number }) => series.values[point.dataIndex]?.printed ?? '',
      },
    })),
  };
}
