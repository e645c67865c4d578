// Parts of a document that the template's Markdown must not hold itself (a chart's data, the
// office's own Markdown) are kept aside while the template renders, and the helper leaves a
// `::name{ref=N}` line in their place. After the Markdown is parsed, each line gives way to
// its part; every part must be placed exactly once.

import type { Parent, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { SourcePlace } from '../model/records.js';
import { TemplateBlockError } from './template-error.js';

/** The line that stands for part `ref`; blank lines make it a block of its own. */
export function placeholderLine(options: { name: string; ref: number; label?: string }): string {
  return `\n\n::${options.name}${options.label === undefined ? '' : `[${options.label}]`}{ref=${options.ref}}\n\n`;
}

export interface Placeholders<Part> {
  readonly name: string;
  readonly parts: readonly Part[];
  /** where the template asked for the part, for the error when it could not be placed */
  readonly placeOf: (part: Part) => SourcePlace | undefined;
  /** the helper that writes the line, as the template calls it: {{#chart}} */
  readonly helper: string;
  readonly hint: string;
  /** the nodes for a part; `order` counts the parts placed so far, from 1, in document order */
  readonly replace: (part: Part, line: LeafDirective, order: number) => RootContent[];
}

export function replacePlaceholders<Part>(tree: Root, options: Placeholders<Part>): void {
  const { name, parts, helper, hint } = options;
  const used = new Set<number>();
  const visit = (parent: Parent): void => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'leafDirective' && child.name === name) {
        const ref = Number(child.attributes?.ref);
        const part = parts[ref];
        if (part === undefined || used.has(ref)) throw new TemplateBlockError(`模板中的“::${name}”行要由 ${helper} 写出，不能手写`, hint, child);
        used.add(ref);
        return options.replace(part, child, used.size);
      }
      if ('children' in child) visit(child as Parent);
      return [child];
    }) as Parent['children'];
  };
  visit(tree);
  const unplaced = parts.findIndex((_, ref) => !used.has(ref));
  if (unplaced !== -1) {
    throw new TemplateBlockError(`${helper} 要单独成段，不能写在表格、列表或一段文字中间`, hint, options.placeOf(parts[unplaced] as Part));
  }
}
