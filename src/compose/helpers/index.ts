// Registers every template helper on one Handlebars instance.

import type Handlebars from 'handlebars';
import type { PrecisionConfig } from '../../model/records.js';
import { numberHelpers } from './numbers.js';
import { logicHelpers, textHelpers } from './text.js';

export interface HelperSettings {
  readonly precision: PrecisionConfig;
  readonly classifiers: Readonly<Record<string, string>>;
}

export function registerHelpers(hb: typeof Handlebars, settings: HelperSettings): void {
  const helpers = { ...numberHelpers(settings.precision), ...textHelpers(settings.classifiers), ...logicHelpers };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper as Handlebars.HelperDelegate);
}

export { TemplateUsageError } from './usage-error.js';
