// A mistake in the template's Markdown, found once it is parsed: a 公文 block written wrong,
// a placeholder line written by hand. The transforms that find it know the node (or the
// template place of the helper call); parseNotice turns that into the template file:line:column.

import type { Node } from 'mdast';
import type { SourcePlace } from '../model/records.js';

export class TemplateBlockError extends Error {
  constructor(
    readonly problem: string,
    readonly hint: string,
    /** the parsed node that shows the mistake, or the template place where it was written */
    readonly at?: Node | SourcePlace,
  ) {
    super(problem);
    this.name = 'TemplateBlockError';
  }
}
