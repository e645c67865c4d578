// The closing block (the last paragraph, 附件说明, 署名, 成文日期, 附注: GB/T 9704 7.3.5) paginated
// as the print page measured it (src/write/pdf/print-layout.ts): set closer by the same share of
// the line pitch when that keeps it on its page (7.3.5.5), and when it moves on, the page broken
// inside the last paragraph where Chromium broke it. Keep-with-next cannot say that: Word keeps
// the paragraph's last lines with what follows, LibreOffice moves the whole paragraph.

import { LineRuleType, PageBreak, TextRun, type ParagraphChild } from 'docx';
import type { PhrasingContent } from 'mdast';
import { GRID } from '../../layout/gbt9704.js';
import type { RunText, State } from './state.js';

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
 * The closing paragraph's runs, with a page break where the print page broke it, if it did.
 * `kept` says whether the paragraph must still be kept with the closing lines after it: it need
 * not when its last lines start the new page anyway.
 */
export function closingParagraphRuns(nodes: readonly PhrasingContent[], state: State): { children: ParagraphChild[]; kept: boolean } {
  const offset = state.printLayout.closingBreakOffset;
  const runs = state.runs(nodes);
  if (offset === undefined) return { children: runs.map((run) => new TextRun(run)), kept: true };
  const [before, after] = splitRuns(runs, offset);
  return { children: [...before.map((run) => new TextRun(run)), new PageBreak(), ...after.map((run) => new TextRun(run))], kept: false };
}
