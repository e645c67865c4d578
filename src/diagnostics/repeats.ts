// The same problem over many records, said once: a platform missing from the issuer's list is
// one slip, not three hundred, and three hundred identical lines would bury every other one.
// Diagnostics repeat when they say the same thing (code, message, hint) about the same field
// of different records (`accounts[4].platform`, `accounts[9].platform`) in one file.

import type { Diagnostic } from './diagnostic.js';

/** How many further places a collapsed diagnostic lists by line before it says “…”. */
const LINES_LISTED = 5;

/** What the records of a top-level list are called in a count: 共 312 个账号. */
const RECORD_NOUNS: Readonly<Record<string, string>> = { websites: '家网站', accounts: '个账号' };

function repeatKey(d: Diagnostic): string | undefined {
  if (!d.field || !/\[\d+\]/.test(d.field)) return undefined;
  return [d.code, d.severity, d.message, d.hint, d.place?.file, d.field.replace(/\[\d+\]/g, '[]')].join('\u0000');
}

/** Diagnostics in their order, each repeated one kept once, at its first place, with the count and the other lines. */
export function collapseRepeats(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  // a diagnostic that cannot repeat is its own key; a Map keeps the order keys first came in
  const groups = new Map<string | Diagnostic, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = repeatKey(d) ?? d;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return [...groups.values()].map(counted);
}

function counted(group: readonly Diagnostic[]): Diagnostic {
  const [first, ...others] = group as [Diagnostic, ...Diagnostic[]];
  if (others.length === 0) return first;
  const lines = [...new Set(others.map((d) => d.place?.line).filter((line) => line !== undefined && line !== first.place?.line))];
  const shown = lines.slice(0, LINES_LISTED).join('、');
  const more = lines.length > LINES_LISTED ? '…' : '';
  const seeAlso = shown ? `；另见第 ${shown} 行${more}` : '';
  const firstLine = first.place ? `，首个在第 ${first.place.line} 行` : '';
  return { ...first, message: `${first.message}（共 ${group.length} ${countNoun(group)}${firstLine}${seeAlso}）` };
}

/** 个账号 when each diagnostic is about another record of a list, else 处. */
function countNoun(group: readonly Diagnostic[]): string {
  const records = group.map((d) => /^([^.[\]]+)\[(\d+)\]/.exec(d.field ?? ''));
  const list = records[0]?.[1] ?? '';
  const distinct = new Set(records.map((match) => match?.[2]));
  const sameList = records.every((match) => match?.[1] === list);
  return sameList && distinct.size === group.length && RECORD_NOUNS[list] ? RECORD_NOUNS[list] : '处';
}
