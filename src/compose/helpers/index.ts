// Registers every template helper on one Handlebars instance.

import type Handlebars from 'handlebars';
import type { IssuerProfile } from '../../model/records.js';
import { listHelpers, type ListSettings } from './lists.js';
import { numberHelpers, type NumberSettings } from './numbers.js';
import { logicHelpers, textHelpers } from './text.js';

export interface HelperSettings extends NumberSettings, ListSettings {
  readonly classifiers: Readonly<Record<string, string>>;
}

/** The issuer's printing settings the helpers follow. */
export function helperSettings(issuer: IssuerProfile): HelperSettings {
  const { precision, flatThresholds, arabicNumeralsFrom, classifiers, denseRanking } = issuer;
  return { precision, flatThresholds, arabicNumeralsFrom, classifiers, denseRanking };
}

export function registerHelpers(hb: typeof Handlebars, settings: HelperSettings): void {
  const helpers = { ...numberHelpers(settings), ...textHelpers(settings.classifiers), ...listHelpers(settings), ...logicHelpers };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper as Handlebars.HelperDelegate);
}

export { TemplateUsageError } from './usage-error.js';
