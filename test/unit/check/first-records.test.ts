// The id and duplicate-unit checks over thousands of records: a repeated key names the first
// record that has it, however many records lie between and however often it repeats.

import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../src/check/input.js';
import { checkDuplicateRecords, checkUnits } from '../../../src/check/units.js';

const PLATFORMS = [{ name: '微信公众号', short: '微信' }, { name: '新浪微博', short: '微博' }];

function unit(fields: Record<string, unknown>): Record<string, unknown> {
  return { status: '运行', checked: true, veto: [], ...fields };
}

/** 2,000 websites and 3,000 accounts, each its own unit with its own id. */
function records(): { websites: Array<Record<string, unknown>>; accounts: Array<Record<string, unknown>> } {
  const websites = Array.from({ length: 2000 }, (_, index) => unit({ id: `w${index}`, name: `网站${index}`, owner: `单位${index % 300}` }));
  const accounts = Array.from({ length: 3000 }, (_, index) => unit({ id: `a${index}`, name: `账号${index % 700}`, platform: PLATFORMS[index % 2]?.name, owner: `单位${index}` }));
  return { websites, accounts };
}

function input(units: ReturnType<typeof records>): CheckInput {
  const issuer = { rules: { websiteVetoItems: [], accountVetoItems: [] }, platforms: PLATFORMS };
  return { records: { ...units, issuer }, places: new Map() } as unknown as CheckInput;
}

describe('repeated keys among many records', () => {
  it('names the first record with an id each time it repeats, across channels; blank ids are not repeats', () => {
    const units = records();
    Object.assign(units.accounts[2500] ?? {}, { id: 'w7' });
    Object.assign(units.accounts[2999] ?? {}, { id: 'w7' });
    Object.assign(units.websites[1999] ?? {}, { id: 'w1500' });
    Object.assign(units.websites[10] ?? {}, { id: '' });
    Object.assign(units.websites[11] ?? {}, { id: '' });
    const found = checkUnits(input(units)).map(({ diagnostic }) => [diagnostic.field, diagnostic.message]);
    expect(found).toEqual([
      ['websites[1999].id', '编号“w1500”重复，websites[1500].id 已经用过'],
      ['accounts[2500].id', '编号“w7”重复，websites[7].id 已经用过'],
      ['accounts[2999].id', '编号“w7”重复，websites[7].id 已经用过'],
    ]);
  });

  it('names the first record of a unit entered three times, and not a record differing in one field', () => {
    const units = records();
    const same = { name: '账号5', platform: '新浪微博', owner: '单位5' };
    Object.assign(units.accounts[1200] ?? {}, same);
    Object.assign(units.accounts[2998] ?? {}, same);
    // the same name and owner on another platform: another account
    Object.assign(units.accounts[2999] ?? {}, { ...same, platform: '微信公众号' });
    Object.assign(units.websites[1990] ?? {}, { name: '网站3', owner: '单位3' });
    const found = checkDuplicateRecords(input(units)).map(({ diagnostic }) => [diagnostic.field, diagnostic.message]);
    expect(found).toEqual([
      ['websites[1990].name', '这一家网站与 websites[3]（第 0 行）的名称和主办单位都相同，是同一家网站录入了两次'],
      ['accounts[1200].name', '这一个账号与 accounts[5]（第 0 行）的名称、平台和主办单位都相同，是同一个账号录入了两次'],
      ['accounts[2998].name', '这一个账号与 accounts[5]（第 0 行）的名称、平台和主办单位都相同，是同一个账号录入了两次'],
    ]);
  });
});
