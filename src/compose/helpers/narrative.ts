// {{markdown narrative.problems}}: the office's own Markdown. It is kept aside and parsed on
// its own as data (see ../narrative.ts); the template's Markdown gets only a line standing for it.
// {{markdown narrative.requirements runIn=true}} runs its headings into their paragraphs.

import Handlebars, { type HelperOptions } from 'handlebars';
import { narrativeLine, type NarrativeUse } from '../narrative.js';
import { placeOfCall, TemplateUsageError } from './usage-error.js';

export function markdownHelper(narratives: NarrativeUse[]) {
  return function markdown(value: unknown, options: HelperOptions): Handlebars.SafeString | string {
    // an optional narrative the quarter does not have prints nothing
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return '';
    if (typeof value !== 'string') throw new TemplateUsageError('{{markdown}} 需要一段人工撰写的文字，如 narrative.problems', options);
    const runIn: unknown = options.hash?.runIn ?? false;
    if (typeof runIn !== 'boolean') throw new TemplateUsageError('runIn= 只能写 true 或 false（不加引号）', options);
    narratives.push({ markdown: value, usedAt: placeOfCall(options), runIn });
    return new Handlebars.SafeString(narrativeLine(narratives.length - 1));
  };
}
