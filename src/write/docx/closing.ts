// The closing block (the last paragraph, 附件说明, 署名, 成文日期, 附注: GB/T 9704 7.3.5) paginated
// as the print page measured it (src/write/pdf/print-layout.ts): set closer by the same share of
// the line pitch when that keeps it on its page (7.3.5.5), and when it moves on, the page broken
// inside the last paragraph where Chromium broke it. Keep-with-next cannot say that: Word keeps
// the paragraph's last lines with what follows, LibreOffice moves the whole paragraph.

import { LineRuleType, Paragraph, TextRun } from 'docx';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { GRID } from '../../layout/gbt9704.js';
import type { RunText, State } from './state.js';
import { STYLE } from './styles.js';

/** The closing block's line pitch in twips: the grid's, or the closer one the print page measured. */
export function closingPitchTwip(state: State): number {
  const closerMm = state.printLayout.closingLinePitchMm;
  // whole twips, rounded down like the print page's pitch, so the block is never taller than measured
  return closerMm === undefined ? GRID.linePitchTwip : Math.floor((GRID.linePitchTwip * closerMm) / GRID.linePitchMm);
}

/** Paragraph spacing for a line of the closing block: nothing when it keeps the grid's pitch (the styles give that). */
export function closingSpacing(state: State): { spacing?: { line: number; lineRule: typeof LineRuleType.EXACT } } {
  const line = closingPitchTwip(state);
  return line === GRID.linePitchTwip ? {} : { spacing: { line, lineRule: LineRuleType.EXACT } };
}

/** The nodes whose lines the closing block's pitch covers: nothing but the grid's pitch when they have none. */
export const KEPT_WITH_SIGNATURE = new Set(['gongwenAttachmentList', 'gongwenSignature']);

/**
 * The body blocks above the closing paragraph that the print page set at the closing block's
 * closer pitch (PrintLayout.closerBlocks), with every block inside them (a list's paragraphs):
 * the same blocks, since each paragraph, heading and list is one block of the print page.
 */
export function closerNodes(children: readonly RootContent[], count: number | undefined): ReadonlySet<Nodes> {
  const closing = children.findIndex((node, index) => node.type === 'paragraph' && KEPT_WITH_SIGNATURE.has(children[index + 1]?.type ?? ''));
  if (!count || closing < count) return new Set();
  const nodes = new Set<Nodes>();
  const add = (node: Nodes) => {
    nodes.add(node);
    if ('children' in node) for (const child of node.children) add(child);
  };
  children.slice(closing - count, closing).forEach(add);
  return nodes;
}

/** Spacing for a body block: the closer pitch when the print page set it with the closing block. */
export function closerSpacing(node: Nodes, state: State): ReturnType<typeof closingSpacing> {
  return state.closerNodes.has(node) ? closingSpacing(state) : {};
}

/** The runs split after `offset` characters of their text. */
function splitRuns(runs: readonly RunText[], offset: number): [RunText[], RunText[]] {
  const before: RunText[] = [];
  const after: RunText[] = [];
  let consumed = 0;
  for (const run of runs) {
    const characters = [...(run.text ?? '')];
    const taken = Math.min(characters.length, Math.max(0, offset - consumed));
    consumed += characters.length;
    // a run holding only a line break stays before the page break while characters are still due
    if (taken === characters.length && (taken > 0 || consumed <= offset)) before.push(run);
    else if (taken === 0) after.push(run);
    else {
      const { break: _lineBreak, ...rest } = run;
      before.push({ ...run, text: characters.slice(0, taken).join('') });
      after.push({ ...rest, text: characters.slice(taken).join('') });
    }
  }
  return [before, after];
}

/**
 * The closing paragraph, kept with the closing lines; or, where the print page broke it, in two
 * paragraphs: the part on the earlier page, and its last lines opening the closing lines' page,
 * without a first-line indent so that they read on as one paragraph. A page break inside one
 * paragraph would not do: LibreOffice starts what follows it as a new, indented, paragraph.
 */
export function closingParagraphs(nodes: readonly PhrasingContent[], state: State): Paragraph[] {
  const offset = state.printLayout.closingBreakOffset;
  const spacing = closingSpacing(state);
  const runs = state.runs(nodes);
  if (offset === undefined) {
    // docx styles cannot carry widow control, which makes two lines, not one, go along
    return [new Paragraph({ style: STYLE.bodyBeforeSignature, widowControl: true, ...spacing, children: runs.map((run) => new TextRun(run)) })];
  }
  const [before, after] = splitRuns(runs, offset);
  return [
    new Paragraph({ ...spacing, children: before.map((run) => new TextRun(run)) }),
    new Paragraph({ pageBreakBefore: true, indent: { firstLine: 0 }, ...spacing, children: after.map((run) => new TextRun(run)) }),
  ];
}
