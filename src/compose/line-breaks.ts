// A line break inside a paragraph — a template or narrative line wrapped in the editor, or
// a new line typed in a data value — is not a break in the printed text. Between Chinese
// characters it vanishes, since Chinese has no spaces between words; between Latin words it
// becomes one space (pandoc's east_asian_line_breaks). Only a hard break (two trailing spaces,
// a backslash) or a new paragraph starts a new line.

import type { Parent, Root } from 'mdast';

/** Chinese characters, and full-width punctuation and forms, which join across a line break. */
const EAST_ASIAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]/u;

function joined(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, (lineBreak: string, offset: number) => {
    const before = value[offset - 1];
    const after = value[offset + lineBreak.length];
    if (before === undefined || after === undefined) return '';
    return EAST_ASIAN.test(before) || EAST_ASIAN.test(after) ? '' : ' ';
  });
}

export function joinLineBreaks(tree: Root): void {
  const visit = (node: Parent): void => {
    for (const child of node.children) {
      if (child.type === 'text' && child.value.includes('\n')) child.value = joined(child.value);
      else if ('children' in child) visit(child as Parent);
    }
  };
  visit(tree);
}
