// A helper called with something it cannot print (a statistic name misspelt, a value of
// the wrong kind, an argument missing). The helper knows the template file, line and column
// from the options Handlebars passes it.

import type { HelperOptions } from 'handlebars';
import type { SourcePlace } from '../../model/records.js';
import { displayPath } from '../../load/located.js';

/** Where Handlebars says a statement is: its template file (the name it was parsed under) and 0-based column. */
export interface HandlebarsLoc {
  readonly source?: string;
  readonly start: { readonly line: number; readonly column: number };
}

export function placeOfLoc(loc: HandlebarsLoc | undefined): SourcePlace | undefined {
  if (!loc?.source) return undefined;
  return { file: displayPath(loc.source), line: loc.start.line, column: loc.start.column + 1 };
}

/** The place of the helper call that received `options`, when Handlebars gave one. */
export function placeOfCall(options: HelperOptions | undefined): SourcePlace | undefined {
  return placeOfLoc((options as (HelperOptions & { loc?: HandlebarsLoc }) | undefined)?.loc);
}

/** How helpers are described in the README, where every hint about them points. */
export const HELPERS_IN_README = '写法见 README「改写通报的措辞：模板」里的帮助函数表';

export class TemplateUsageError extends Error {
  readonly place: SourcePlace | undefined;
  readonly hint: string;

  constructor(message: string, options: HelperOptions | undefined, hint = HELPERS_IN_README) {
    super(message);
    this.name = 'TemplateUsageError';
    this.place = placeOfCall(options);
    this.hint = hint;
  }
}
