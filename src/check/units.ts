// Unit checks: ids unique across both channels, each unit entered once, veto items named as
// the rules name them, only running units checked, no findings on unchecked units, platforms
// known.

import { CODES, diagnose } from '../diagnostics/codes.js';
import { placeText, sheetRowText } from '../diagnostics/report.js';
import { fieldAt } from '../load/located.js';
import type { FieldPlaces } from '../load/located.js';
import type { AccountRecord, WebsiteRecord } from '../model/records.js';
import { finding } from './input.js';
import type { CheckInput, Finding } from './input.js';

interface Channel {
  readonly key: 'websites' | 'accounts';
  /** the channel as the veto message names it */
  readonly label: string;
  readonly units: readonly (WebsiteRecord | AccountRecord)[];
  /** where the rules list the channel's veto items */
  readonly vetoSetting: string;
  readonly vetoItems: readonly string[];
}

function channels({ records }: CheckInput): Channel[] {
  const { rules } = records.issuer;
  return [
    { key: 'websites', label: '政府网站', units: records.websites, vetoSetting: 'issuer.rules.websiteVetoItems', vetoItems: rules.websiteVetoItems },
    { key: 'accounts', label: '政务新媒体', units: records.accounts, vetoSetting: 'issuer.rules.accountVetoItems', vetoItems: rules.accountVetoItems },
  ];
}

export function checkUnits(input: CheckInput): Finding[] {
  const { places } = input;
  const findings: Finding[] = [];
  // id → the record that used it first, as its channel and index: field paths are made only
  // for a finding, not for each of a country's 165,000 units
  const firstUse = new Map<string, { readonly key: Channel['key']; readonly index: number }>();
  for (const channel of channels(input)) {
    channel.units.forEach((unit, index) => {
      const path = `${channel.key}[${index}]`;
      const at = (field: string) => fieldAt(places, `${path}.${field}`);
      const earlier = firstUse.get(unit.id);
      if (earlier) {
        const firstField = `${earlier.key}[${earlier.index}].id`;
        findings.push(finding(diagnose(CODES.duplicateId, { id: unit.id, first: fieldName(places, firstField) }, at('id')), [firstField]));
      } else if (unit.id) firstUse.set(unit.id, { key: channel.key, index });

      const state = () => [`${path}.status`, `${path}.checked`];
      if (unit.checked && unit.status !== '运行') {
        findings.push(finding(diagnose(CODES.checkedNotRunning, { status: unit.status }, at('checked')), state()));
      }
      const found = unit.checked ? [] : uncheckedFindings(unit);
      if (found.length > 0) {
        const what = found.map(({ label }) => label).join('、');
        findings.push(finding(diagnose(CODES.findingsOnUnchecked, { what }, at(found[0]?.field ?? 'checked')), state()));
      }
      unit.veto.forEach((item, itemIndex) => {
        if (channel.vetoItems.includes(item)) return;
        const diagnostic = diagnose(CODES.unknownVetoItem, { item, channel: channel.label, known: channel.vetoItems }, at(`veto[${itemIndex}]`));
        findings.push(finding(diagnostic, [channel.vetoSetting]));
      });
    });
  }
  return [...findings, ...platformFindings(input)];
}

function platformFindings({ records, places }: CheckInput): Finding[] {
  const { platforms } = records.issuer;
  const known = platforms.map(({ name }) => name);
  return records.accounts.flatMap((account, index) => {
    if (known.includes(account.platform)) return [];
    const fullName = platforms.find(({ short }) => short === account.platform)?.name;
    const where = fieldAt(places, `accounts[${index}].platform`);
    return [finding(diagnose(CODES.unknownPlatform, { platform: account.platform, known, fullName }, where), ['issuer.platforms'])];
  });
}

/** What an unchecked unit should not carry, as field and label, in the order of the record. */
function uncheckedFindings(unit: WebsiteRecord | AccountRecord): Array<{ field: string; label: string }> {
  const findings: Array<{ field: string; label: string }> = [];
  if (unit.veto.length > 0) findings.push({ field: 'veto', label: '单项否决指标（veto）' });
  if ('scores' in unit && unit.scores) findings.push({ field: 'scores', label: '得分（scores）' });
  if ('bonus' in unit && unit.bonus) findings.push({ field: 'bonus', label: '加分（bonus）' });
  if (unit.problem) findings.push({ field: 'problem', label: '问题（problem）' });
  return findings;
}

/** A field another message points to: its path in YAML (websites[0].id), its cell in a sheet (网站.xlsx 网站!C5). */
function fieldName(places: FieldPlaces, path: string): string {
  const place = places.get(path);
  return place?.cell ? placeText(place) : path;
}

/** A record another message points to: websites[0]（第 12 行） in YAML, 网站.xlsx 网站 第 5 行 in a sheet. */
function recordName(places: FieldPlaces, path: string): string {
  const place = places.get(path);
  return place?.cell ? sheetRowText(place) : `${path}（第 ${place?.line ?? 0} 行）`;
}

/** What makes two records one unit entered twice, whatever their ids, and how the message says so. */
interface SameUnit<R> {
  readonly key: 'websites' | 'accounts';
  readonly unit: string;
  readonly same: string;
  readonly fields: readonly (keyof R & string)[];
}

const SAME_WEBSITE: SameUnit<WebsiteRecord> = { key: 'websites', unit: '家网站', same: '名称和主办单位', fields: ['name', 'owner'] };
const SAME_ACCOUNT: SameUnit<AccountRecord> = { key: 'accounts', unit: '个账号', same: '名称、平台和主办单位', fields: ['name', 'platform', 'owner'] };

/** A unit entered twice under two ids: reported at the second record's name, naming the first. */
export function checkDuplicateRecords({ records, places }: CheckInput): Finding[] {
  return [...duplicates(records.websites, SAME_WEBSITE, places), ...duplicates(records.accounts, SAME_ACCOUNT, places)];
}

function duplicates<R>(units: readonly R[], rule: SameUnit<R>, places: FieldPlaces): Finding[] {
  const { key, unit, same, fields } = rule;
  const first = new Map<string, number>();
  return units.flatMap((record, index) => {
    const identity = JSON.stringify(fields.map((field) => record[field]));
    const earlier = first.get(identity);
    if (earlier === undefined) {
      first.set(identity, index);
      return [];
    }
    const firstField = `${key}[${earlier}]`;
    const args = { unit, same, first: recordName(places, firstField) };
    const read = fields.flatMap((field) => [`${key}[${index}].${field}`, `${firstField}.${field}`]);
    return [finding(diagnose(CODES.duplicateRecord, args, fieldAt(places, `${key}[${index}].name`)), read)];
  });
}
