// The office's own facts (发布信息, 提醒次数 …) over a set of units: declared once in
// `_issuer.yaml`, written on the units, summed, averaged and their extremes found like any
// other measure, so templates rank and compare them with earlier quarters the same way.

import type { FactFigures, Stat, UnitFigures } from '../model/figures.js';
import type { FactConfig } from '../model/records.js';
import { sum } from './exact.js';
import { extremeOf, mean } from './scores.js';

const amount = (value: Stat['value']): Stat => ({ kind: 'amount', value });

export function factFigures(fact: FactConfig, units: readonly UnitFigures[]): FactFigures {
  const valued = units.filter((unit) => unit.facts[fact.name]);
  const values = valued.map((unit) => unit.facts[fact.name]!.value);
  const average = mean(values);
  return {
    name: fact.name,
    unit: fact.unit,
    count: valued.length,
    sum: values.length === 0 ? null : amount(sum(values)),
    average: average && amount(average),
    highest: extremeOf(valued, (unit) => unit.facts[fact.name] ?? null, true),
    lowest: extremeOf(valued, (unit) => unit.facts[fact.name] ?? null, false),
  };
}

/** Every fact the issuer declared for the channel's units, by name. */
export function factsOf(facts: readonly FactConfig[], channel: FactConfig['of'], units: readonly UnitFigures[]): Record<string, FactFigures> {
  return Object.fromEntries(facts.filter((fact) => fact.of === channel).map((fact) => [fact.name, factFigures(fact, units)]));
}
