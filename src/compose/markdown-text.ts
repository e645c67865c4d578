// Turns a data value into Markdown that reads back as exactly that text, so data never
// changes document structure: a unit named `*南湖* | <b>` stays those characters in
// every format, never emphasis, a table cell border or markup.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** Line breaks and tabs would end table rows or start code blocks; as character references they stay text. */
const CONTROL_REFERENCES: Record<string, string> = { '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/**
 * Markdown as markdownText writes it: characters that are no ASCII punctuation, no control
 * whitespace, escaped ASCII punctuation, and the character references above or of a space.
 * Nothing in it is Markdown syntax, so it reads back without a parser.
 */
const PRINTED_TEXT = /^(?:[^!-/:-@[-`{-~\n\r\t\u0000]|\\[!-/:-@[-`{-~]|&#(?:9|10|13|32);)*$/;
const PRINTED_ESCAPES = /\\([!-/:-@[-`{-~])|&#(9|10|13|32);/g;

/** What markdownText changes: a text without any (most names and figures) is written as it is. */
const NEEDS_WRITING = /[!-/:-@[-`{-~\n\r\t\u0000]|^ | $/;

export function markdownText(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  if (!NEEDS_WRITING.test(text)) return text;
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

/**
 * The text that Markdown as markdownText writes it reads back as, without parsing it;
 * undefined for Markdown that holds anything else (emphasis, a link…), which only a parser
 * can read.
 */
export function printedText(markdown: string): string | undefined {
  if (!PRINTED_TEXT.test(markdown)) return undefined;
  return markdown.replace(PRINTED_ESCAPES, (_, escaped: string | undefined, code: string | undefined) => escaped ?? String.fromCharCode(Number(code)));
}
