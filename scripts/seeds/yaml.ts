// Writing the seed quarters as YAML: one record per line in flow style, so a data set of
// hundreds of units stays readable and its diffs stay small. Output is a pure function of
// the input (no dates, no randomness), so regenerating gives the same bytes.

export type YamlValue = string | number | boolean | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };

/** Plain when YAML reads it back as the same string; otherwise a JSON string, which YAML accepts. */
function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  // decimal texts (scores) and ISO dates read back exactly as written, as in the sample data
  if (/^\d+(\.\d+)?$|^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const plain = /^[\p{Script=Han}A-Za-z（）《》“”、·—\-][\p{Script=Han}\w（）《》“”、·—\-.@ ]*$/u.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value);
  return plain && !value.endsWith(' ') ? value : JSON.stringify(value);
}

/** { a: 1, b: [x, y] } on one line; keys with an undefined value are left out. */
export function flow(value: YamlValue): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return `{ ${entries.map(([key, entry]) => `${scalar(key)}: ${flow(entry as YamlValue)}`).join(', ')} }`;
  }
  return scalar(value as string | number | boolean);
}

/** A literal block scalar (|) indented under its key. */
function literal(text: string, indent: string): string {
  return `|\n${text.trimEnd().split('\n').map((line) => (line ? `${indent}${line}` : '')).join('\n')}`;
}

export interface QuarterDocument {
  /** comment lines at the top, without the # */
  readonly header: readonly string[];
  /** top-level fields before the records, each written in flow style */
  readonly fields: Readonly<Record<string, YamlValue | undefined>>;
  /** narrative sections by name, as the issuer declares them */
  readonly narrative?: Readonly<Record<string, string>>;
  readonly websites?: readonly YamlValue[];
  readonly accounts?: readonly YamlValue[];
}

export function quarterYaml(document: QuarterDocument): string {
  const lines = ['# yaml-language-server: $schema=../../../schema/quarter.schema.json', ...document.header.map((line) => `# ${line}`), ''];
  for (const [key, value] of Object.entries(document.fields)) {
    if (value !== undefined) lines.push(`${key}: ${flow(value)}`);
  }
  if (document.narrative) {
    lines.push('narrative:');
    for (const [key, text] of Object.entries(document.narrative)) {
      if (text) lines.push(`  ${key}: ${literal(text, '    ')}`);
    }
  }
  for (const [key, records] of [['websites', document.websites], ['accounts', document.accounts]] as const) {
    if (records?.length) lines.push(`${key}:`, ...records.map((record) => `  - ${flow(record)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Hundredths as a decimal text: 7920 → "79.2", 100 → "1". */
export function hundredths(value: number): string {
  const whole = Math.floor(value / 100);
  const cents = value % 100;
  if (cents === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * `total` hundredths over `count` units as evenly as whole hundredths allow (the first units
 * take the remainder): the sum is exact, so an average computed from them is the intended one.
 */
export function spread(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const remainder = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** Numbered names for invented units: 甲01, 甲02 … */
export function numbered(prefix: string, count: number, start = 1): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}${String(index + start).padStart(2, '0')}`);
}
