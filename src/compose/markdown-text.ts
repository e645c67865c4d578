// Turns a data value into Markdown that reads back as exactly that text, so data never
// changes document structure: a unit named `*南湖* | <b>` stays those characters in
// every format, never emphasis, a table cell border or markup.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Line breaks and tabs would end table rows or start code blocks; as character references they stay text. */
const CONTROL_REFERENCES: Record<string, string> = { '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

export function markdownText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return (
    text
      // CommonMark lets a backslash escape any ASCII punctuation, which then means itself.
      .replace(ASCII_PUNCTUATION, (c) => `\\${c}`)
      .replace(/[\n\r\t]/g, (c) => CONTROL_REFERENCES[c] ?? c)
      // CommonMark reads NUL as U+FFFD anyway; printing it so keeps NUL free for the template marks (template-origins.ts)
      .replace(/\u0000/g, '\uFFFD')
      // Leading or trailing spaces could indent a line into code or make a hard break.
      .replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length))
  );
}
