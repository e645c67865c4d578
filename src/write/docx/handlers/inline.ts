// Phrasing content → runs. Text stays text: docx (or verbatim.ts) escapes it for XML, so a name
// like <script>…</script> prints as those characters and never becomes markup.

import { STYLE } from '../styles.js';
import type { InlineHandlers, RunMarks, RunText } from '../state.js';

/** A text value as runs, with each '\n' turned into a line break inside the paragraph. */
function textRuns(value: string, marks: RunMarks): RunText[] {
  return value.split('\n').map((line, index) => ({ text: line, ...marks, ...(index > 0 ? { break: 1 } : {}) }));
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
