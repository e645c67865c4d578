// A helper called with something it cannot print (a statistic name misspelt, a value of
// the wrong kind). The engine adds the template file; the helper knows the line.

import type { HelperOptions } from 'handlebars';

export class TemplateUsageError extends Error {
  readonly line: number;
  readonly column: number;

  constructor(message: string, options: HelperOptions) {
    super(message);
    this.name = 'TemplateUsageError';
    const start = (options as HelperOptions & { loc?: { start: { line: number; column: number } } }).loc?.start;
    this.line = start?.line ?? 1;
    this.column = (start?.column ?? 0) + 1;
  }
}
