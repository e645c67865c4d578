// A command's arguments, read with node's parseArgs but judged here, so that every mistake is
// said in Chinese with the option the user probably meant (parseArgs' own errors are English and
// name no alternative). Option names stay ASCII, as in every command-line tool.

import { parseArgs } from 'node:util';
import { nearestName } from '../load/nearest-name.js';
import { UsageError } from './usage-error.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** what to write after the option, shown when the value is missing: 「html,docx」 */
  readonly example?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export type OptionValues<O extends OptionSpecs> = { [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean };

export interface CommandArguments<O extends OptionSpecs> {
  readonly values: OptionValues<O>;
  readonly positionals: readonly string[];
  /** `--help` or `-h` was given: the command shows its help and does nothing else */
  readonly help: boolean;
}

/** Dashes a Chinese input method types in place of `--`: a full-width hyphen-minus, an em dash. */
const LOOKALIKE_DASHES = /^[－—]{1,2}/u;

/** Reads `args` against `options`; every mistake in them is thrown together as one UsageError for `command`. */
export function readCommandArguments<O extends OptionSpecs>(command: string, args: readonly string[], options: O): CommandArguments<O> {
  const parsed = parseArgs({
    args: [...args],
    options: { ...Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type }])), help: { type: 'boolean', short: 'h' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const problems: string[] = [];
  const positionals: string[] = [];
  let help = false;
  for (const token of parsed.tokens) {
    if (token.kind === 'positional') {
      if (LOOKALIKE_DASHES.test(token.value)) problems.push(`“${token.value}”开头的横线是全角或中文破折号；选项要用两个半角减号，如 --${token.value.replace(LOOKALIKE_DASHES, '')}`);
      else positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    if (token.name === 'help') {
      help = true;
      continue;
    }
    const spec = options[token.name];
    if (!spec) {
      problems.push(unknownOption(token.rawName, Object.keys(options)));
    } else if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      problems.push(`选项 ${token.rawName} 后面要写${spec.example ? `值，如 ${token.rawName} ${spec.example}` : '一个值'}`);
    } else if (spec.type === 'boolean' && token.inlineValue) {
      problems.push(`选项 ${token.rawName} 后面不带值，只写 ${token.rawName}`);
    }
  }
  if (problems.length > 0 && !help) throw new UsageError(problems.join('\n'), { command });
  return { values: parsed.values as OptionValues<O>, positionals, help };
}

function unknownOption(rawName: string, known: readonly string[]): string {
  const name = rawName.replace(/^-+/, '');
  const meant = nearestName(name, known);
  if (meant) return `不认识的选项 ${rawName}，是否想写 --${meant}？`;
  return known.length > 0 ? `不认识的选项 ${rawName}；这个命令的选项有：${known.map((k) => `--${k}`).join('、')}` : `不认识的选项 ${rawName}；这个命令没有选项`;
}
