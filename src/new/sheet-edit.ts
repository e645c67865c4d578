// What changes in a copied records sheet: the rows of closed units go, the result cells of the
// others are emptied; titles, headers and the office's columns stay as they are.

export interface SheetEdit {
  /** rows (numbered as the spreadsheet shows them, from 1) of units closed last quarter: left out */
  readonly dropRows: ReadonlySet<number>;
  /** rows of the units carried, whose result cells are emptied */
  readonly clearRows: ReadonlySet<number>;
  /** 0-based indexes of the columns holding results (是否检查, 单项否决, scores, 问题 …) */
  readonly resultColumns: readonly number[];
  /** rows above the header (a title such as 2025年第三季度政府网站检查结果) */
  readonly titleRows: ReadonlySet<number>;
  /** a title's text said of the new quarter */
  readonly retitle: (text: string) => string;
}
