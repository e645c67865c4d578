// Phrasing content → runs. Text stays text: docx (or verbatim.ts) escapes it for XML, so a name
// like <script>…</script> prints as those characters and never becomes markup.

import { STYLE } from '../styles.js';
import type { InlineHandlers, RunMarks, RunText } from '../state.js';

/**
 * A text value as runs, with each '\n' turned into a line break inside the paragraph. Most texts
 * are one line (every cell of an attachment's table, tens of thousands in a national notice): they
 * are one run, without splitting them.
 */
function textRuns(value: string, marks: RunMarks): RunText[] {
  if (!value.includes('\n')) return [{ ...marks, text: value }];
  return value.split('\n').map((line, index) => (index > 0 ? { ...marks, text: line, break: 1 } : { ...marks, text: line }));
}

export const inlineHandlers: InlineHandlers = {
  text: (node, _state, marks) => textRuns(node.value, marks),
  inlineCode: (node, _state, marks) => textRuns(node.value, marks),
  strong: (node, state, marks) => state.runs(node.children, { ...marks, style: STYLE.strong }),
  emphasis: (node, state, marks) => state.runs(node.children, { ...marks, italics: true }),
  break: (_node, _state, marks) => [{ ...marks, break: 1 }],
  // a printed notice cannot follow a link: its text is what the reader needs
  link: (node, state, marks) => state.runs(node.children, marks),
  gongwenRunInHeading: (node, state, marks) => state.runs(node.children, { ...marks, style: STYLE.runInHeading[node.depth] }),
};
