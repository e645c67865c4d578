// Registers every template helper on one Handlebars instance, each checking how many
// arguments it was given before it runs.

import type Handlebars from 'handlebars';
import type { IssuerProfile } from '../../model/records.js';
import type { ChartDeclaration } from '../charts.js';
import type { NarrativeUse } from '../narrative.js';
import type { TableDeclaration } from '../tables.js';
import { checkingArity } from './arity.js';
import { chartHelper } from './chart.js';
import { listHelpers, type ListSettings } from './lists.js';
import { markdownHelper } from './narrative.js';
import { numberHelpers, type NumberSettings } from './numbers.js';
import { tableHelpers } from './table.js';
import { logicHelpers, textHelpers } from './text.js';

export interface HelperSettings extends NumberSettings, ListSettings {
  readonly classifiers: Readonly<Record<string, string>>;
}

/** The issuer's printing settings the helpers follow. */
export function helperSettings(issuer: IssuerProfile): HelperSettings {
  const { precision, flatThresholds, arabicNumeralsFrom, classifiers, denseRanking } = issuer;
  return { precision, flatThresholds, arabicNumeralsFrom, classifiers, denseRanking };
}

/** What helpers keep aside while a document renders: the charts, the narratives and the tables it places. */
export interface KeptAside {
  readonly charts: ChartDeclaration[];
  readonly narratives: NarrativeUse[];
  readonly tables: TableDeclaration[];
}

export function registerHelpers(hb: typeof Handlebars, settings: HelperSettings, keptAside: KeptAside): void {
  const helpers = {
    ...numberHelpers(settings),
    ...textHelpers(settings.classifiers),
    ...listHelpers(settings),
    ...logicHelpers,
    chart: chartHelper({ precision: settings.precision, charts: keptAside.charts }),
    markdown: markdownHelper(keptAside.narratives),
    ...tableHelpers(keptAside.tables),
  };
  for (const [name, helper] of Object.entries(helpers)) {
    hb.registerHelper(name, checkingArity(name, helper as (...args: unknown[]) => unknown) as Handlebars.HelperDelegate);
  }
}

export { TemplateUsageError } from './usage-error.js';
