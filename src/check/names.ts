// Names that tell the items of a list apart — facts, categories and their groups, narrative
// sections, message categories and units — are each written once: a second item of the same
// name would be summed, grouped or printed as if it were the first. Reported at the second
// (and any later) one, naming the first, wherever the list was written.

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { Where } from '../diagnostics/codes.js';
import { finding } from './input.js';
import type { Finding } from './input.js';

export function repeatedNames(options: {
  readonly names: readonly string[];
  /** the field path of the name of item `index` */
  readonly pathOf: (index: number) => string;
  /** what the items are, as the message names them: 统计事项, 分类 … */
  readonly what: string;
  readonly at: (path: string) => Where;
}): Finding[] {
  const { names, pathOf, what, at } = options;
  const first = new Map<string, number>();
  return names.flatMap((name, index) => {
    const earlier = first.get(name);
    if (earlier === undefined) {
      first.set(name, index);
      return [];
    }
    const firstField = pathOf(earlier);
    return [finding(diagnose(CODES.duplicateName, { name, what, firstField }, at(pathOf(index))), [firstField])];
  });
}
