// A command's arguments as office staff type them: every slip said in Chinese, with the option
// they meant, all at once; --help wins over slips, since the user is asking how to type it.

import { describe, expect, it } from 'vitest';
import { readCommandArguments } from '../../../src/cli/arguments.js';
import { UsageError } from '../../../src/cli/usage-error.js';
import { COMMAND_HELP, commandUsage, overallUsage, COMMAND_NAMES } from '../../../src/cli/usage.js';

const buildOptions = COMMAND_HELP.build.options;

function slips(args: string[]): string {
  try {
    readCommandArguments('build', args, buildOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).command).toBe('build');
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${args.join(' ')}`);
}

describe('readCommandArguments', () => {
  it('reads options and files', () => {
    const read = readCommandArguments('build', ['a.yaml', '--format', 'html', '--out=x', 'b.yaml'], buildOptions);
    expect(read.values).toEqual({ format: 'html', out: 'x' });
    expect(read.positionals).toEqual(['a.yaml', 'b.yaml']);
    expect(read.help).toBe(false);
  });

  it('suggests the option a typo was meant to be, in Chinese', () => {
    expect(slips(['--frmat', 'html'])).toBe('不认识的选项 --frmat，是否想写 --format？');
    expect(slips(['--xyz'])).toBe('不认识的选项 --xyz；这个命令的选项有：--format、--out、--browser、--force、--quiet');
  });

  it('says an option lacks its value, with an example, also when the next word is another option', () => {
    expect(slips(['--format'])).toBe('选项 --format 后面要写值，如 --format html,docx');
    expect(slips(['--format', '--out', 'x'])).toContain('选项 --format 后面要写值');
  });

  it('says a switch takes no value', () => {
    expect(() => readCommandArguments('export', ['a.yaml', '--force=yes'], COMMAND_HELP.export.options)).toThrow('选项 --force 后面不带值，只写 --force');
  });

  it('names a full-width or em dash typed by a Chinese input method', () => {
    expect(slips(['——format', 'html'])).toContain('选项要用两个半角减号，如 --format');
    expect(slips(['－－out', 'x'])).toContain('如 --out');
  });

  it('reports every slip at once', () => {
    expect(slips(['--frmat', 'x', '--ot', 'y', '--format']).split('\n')).toHaveLength(3);
  });

  it('--help and -h ask for help even beside a slip', () => {
    expect(readCommandArguments('build', ['--help'], buildOptions).help).toBe(true);
    expect(readCommandArguments('build', ['--frmat', '-h'], buildOptions).help).toBe(true);
  });
});

describe('usage', () => {
  it('explains every option of every command in its help, and lists every command overall', () => {
    for (const name of COMMAND_NAMES) {
      const usage = commandUsage(name);
      for (const option of Object.keys(COMMAND_HELP[name].options)) expect(usage).toContain(`--${option}`);
      expect(overallUsage()).toContain(`tongbao ${name}`);
    }
  });
});
