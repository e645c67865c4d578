// The big-table notice's attachment written for the typesetters tongbao is compared with: a
// Markdown pipe table for pandoc (→ DOCX, then LibreOffice → PDF) and a Typst table, both with
// the attachment's title, header and rows, on A4 in a Song face as the notice prints them.

export interface TableText {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

const markdownCell = (cell: string): string => cell.replaceAll('\\', '\\\\').replaceAll('|', '\\|');

export function markdownTable(table: TableText): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [`# ${table.title}`, '', line(table.header), line(table.header.map(() => '---')), ...table.rows.map(line), ''].join('\n');
}

/** Typst strings take JSON's escapes for quotes, backslashes and control characters. */
const typstString = (cell: string): string => JSON.stringify(cell);

export function typstTable(table: TableText, font: string): string {
  return [
    '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm))',
    `#set text(font: ${typstString(font)}, size: 10.5pt, lang: "zh")`,
    `#align(center, text(size: 16pt, ${typstString(table.title)}))`,
    `#table(columns: (auto, 1fr, auto, 1fr, 1fr),`,
    `  ${table.header.map(typstString).join(', ')},`,
    ...table.rows.map((row) => `  ${row.map(typstString).join(', ')},`),
    ')',
    '',
  ].join('\n');
}
