// Unit checks: ids unique across both channels, each unit entered once, veto items named as
// the rules name them, only running units checked, no findings on unchecked units, platforms
// known.

import { CODES, diagnose } from '../diagnostics/codes.js';
import type { StateWords } from '../diagnostics/codes.js';
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
  const all = channels(input);
  // id → the record that used it first, as its channel's key and its index there, in one
  // number (see UnitNumbers): field paths are made only for a finding, and no object is kept
  // for each of a country's 165,000 units
  const numbers = new UnitNumbers(all);
  const firstUse = new FirstRecords(numbers.count, (number, other) => numbers.unitAt(number).id === numbers.unitAt(other).id);
  for (const [channelIndex, channel] of all.entries()) {
    const { key, units } = channel;
    // a loop without a closure per unit: this runs for every unit of both quarters
    for (let index = 0; index < units.length; index++) {
      const unit = units[index] as WebsiteRecord | AccountRecord;
      // a record without an id is reported as such, not as sharing one
      const earlier = unit.id ? firstUse.earlierOf(numbers.numberOf(channelIndex, index), hashText(unit.id, TEXT_HASH_START)) : undefined;
      if (earlier !== undefined) {
        const firstField = `${numbers.unitPath(earlier)}.id`;
        findings.push(finding(diagnose(CODES.duplicateId, { id: unit.id, first: fieldName(places, firstField) }, unitField(places, key, index, 'id')), [firstField]));
      }
      if (unit.checked && unit.status !== '运行') {
        const args = { status: unit.status, state: stateWords(places, key, index) };
        findings.push(finding(diagnose(CODES.checkedNotRunning, args, unitField(places, key, index, 'checked')), stateFields(key, index)));
      }
      const found = unit.checked ? NOTHING_FOUND : uncheckedFindings(unit);
      if (found.length > 0) {
        const what = found.map(({ label }) => label).join('、');
        const args = { what, state: stateWords(places, key, index) };
        findings.push(finding(diagnose(CODES.findingsOnUnchecked, args, unitField(places, key, index, found[0]?.field ?? 'checked')), stateFields(key, index)));
      }
      for (let itemIndex = 0; itemIndex < unit.veto.length; itemIndex++) {
        const item = unit.veto[itemIndex] as string;
        if (channel.vetoItems.includes(item)) continue;
        const diagnostic = diagnose(CODES.unknownVetoItem, { item, channel: channel.label, known: channel.vetoItems }, unitField(places, key, index, `veto[${itemIndex}]`));
        findings.push(finding(diagnostic, [channel.vetoSetting]));
      }
    }
  }
  return [...findings, ...platformFindings(input)];
}

/** The units of all channels numbered one after another: websites from 0, then accounts. */
class UnitNumbers {
  private readonly starts: readonly number[];

  /** how many units all channels have */
  readonly count: number;

  constructor(private readonly channels: readonly Channel[]) {
    let start = 0;
    this.starts = channels.map(({ units }) => (start += units.length) - units.length);
    this.count = start;
  }

  numberOf(channel: number, index: number): number {
    return (this.starts[channel] ?? 0) + index;
  }

  /** The field path of the unit with a number: websites[3], accounts[12]. */
  unitPath(number: number): string {
    const channel = this.channelOf(number);
    return `${this.channels[channel]?.key}[${number - (this.starts[channel] ?? 0)}]`;
  }

  /** The unit with a number. */
  unitAt(number: number): WebsiteRecord | AccountRecord {
    const channel = this.channelOf(number);
    return this.channels[channel]?.units[number - (this.starts[channel] ?? 0)] as WebsiteRecord | AccountRecord;
  }

  /** The channel of the unit with a number: the last one starting at or before it (an empty channel starts where the next does). */
  private channelOf(number: number): number {
    let channel = this.starts.length - 1;
    while (channel > 0 && (this.starts[channel] ?? 0) > number) channel -= 1;
    return channel;
  }
}

/**
 * The first record with each key, records asked about in order, in a table of the keys'
 * hashes: a record costs its key's hash and (nearly always) one look at the table. A Map by
 * key costs, for each of a country's units, hashing a fresh string, comparing it with the
 * texts of its bucket (each somewhere else in the heap) and a second probe to add it; a
 * record is compared with another (`same`) only where their hashes are equal.
 */
class FirstRecords {
  /** pairs of a key's hash and its first record + 1; 0 for an empty slot */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `count` records at most; `same` says whether two records' keys are equal. */
  constructor(
    count: number,
    private readonly same: (index: number, other: number) => boolean,
  ) {
    // at most half full: a look at the table rarely goes past a slot or two
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(2, count * 2)));
    this.slots = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  /** The first record before `index` whose key is equal; undefined when there is none, and the record is then the first. */
  earlierOf(index: number, hash: number): number | undefined {
    const { slots, mask } = this;
    for (let slot = mixedHash(hash) & mask; ; slot = (slot + 1) & mask) {
      const stored = slots[slot * 2 + 1] as number;
      if (stored === 0) {
        slots[slot * 2] = hash;
        slots[slot * 2 + 1] = index + 1;
        return undefined;
      }
      if (slots[slot * 2] === hash && this.same(index, stored - 1)) return stored - 1;
    }
  }
}

/** Where a text's hash starts (FNV-1a's offset basis). */
const TEXT_HASH_START = 0x811c9dc5 | 0;

/** A text's code units hashed into `hash` (FNV-1a, 32 bits): `hashText(b, hashText(a, start))` is the hash of a + b. */
function hashText(text: string, hash: number): number {
  let hashed = hash;
  for (let index = 0; index < text.length; index++) hashed = hashCode(text.charCodeAt(index), hashed);
  return hashed;
}

/** One code unit hashed into `hash` (a step of FNV-1a). */
function hashCode(code: number, hash: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** A hash whose low bits depend on all of its bits (MurmurHash3's finalizer): the table's slot is taken from them. */
function mixedHash(hash: number): number {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return mixed ^ (mixed >>> 16);
}

/** What a checked unit carries that it should not: nothing, one list for all of a country's units. */
const NOTHING_FOUND: ReadonlyArray<{ field: string; label: string }> = [];

/** A finding's place and field: a field of the unit at `index` of a channel. */
function unitField(places: FieldPlaces, key: Channel['key'], index: number, field: string): ReturnType<typeof fieldAt> {
  return fieldAt(places, `${key}[${index}].${field}`);
}

/** Where a unit's state is written, for the hints: its sheet's headers (a column the sheet lacks by its usual header), or YAML. */
function stateWords(places: FieldPlaces, key: Channel['key'], index: number): StateWords {
  if (!places.get(`${key}[${index}]`)?.cell) return { sheet: false };
  const header = (field: 'checked' | 'status', usual: string) => places.get(`${key}[${index}].${field}`)?.header ?? usual;
  return { sheet: true, checked: header('checked', '是否检查'), status: header('status', '运行状态') };
}

/** What says whether a unit runs and was checked. */
function stateFields(key: Channel['key'], index: number): string[] {
  return [`${key}[${index}].status`, `${key}[${index}].checked`];
}

function platformFindings({ records, places }: CheckInput): Finding[] {
  const { platforms } = records.issuer;
  const known = platforms.map(({ name }) => name);
  const findings: Finding[] = [];
  records.accounts.forEach((account, index) => {
    if (known.includes(account.platform)) return;
    const fullName = platforms.find(({ short }) => short === account.platform)?.name;
    const where = fieldAt(places, `accounts[${index}].platform`);
    findings.push(finding(diagnose(CODES.unknownPlatform, { platform: account.platform, known, fullName }, where), ['issuer.platforms']));
  });
  return findings;
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
  // the first record of each unit, by its fields in one text (hashed without joining them):
  // one lookup for each record (a country's account names repeat by the ten thousand, which
  // a table by name alone would compare one by one); a loop rather than callbacks, as this
  // runs for every unit of both quarters
  const firstOf = new FirstRecords(units.length, (index, other) => unitKey(units[index] as R, fields) === unitKey(units[other] as R, fields));
  const findings: Finding[] = [];
  for (let index = 0; index < units.length; index++) {
    const earlier = firstOf.earlierOf(index, unitKeyHash(units[index] as R, fields));
    if (earlier === undefined) continue;
    const firstField = `${key}[${earlier}]`;
    const args = { unit, same, first: recordName(places, firstField) };
    const read = fields.flatMap((field) => [`${key}[${index}].${field}`, `${firstField}.${field}`]);
    findings.push(finding(diagnose(CODES.duplicateRecord, args, fieldAt(places, `${key}[${index}].name`)), read));
  }
  return findings;
}

/**
 * A record's `fields` in one text, apart by a character no identifier holds (a control
 * character is refused in a name, see CODES.oddCharacterInName): equal for equal fields only.
 */
function unitKey<R>(record: R, fields: readonly (keyof R & string)[]): string {
  let joined = String(record[fields[0] as keyof R & string]);
  for (let index = 1; index < fields.length; index++) joined += `\u0000${String(record[fields[index] as keyof R & string])}`;
  return joined;
}

/** The hash of `unitKey(record, fields)`, without making that text. */
function unitKeyHash<R>(record: R, fields: readonly (keyof R & string)[]): number {
  let hash = hashText(String(record[fields[0] as keyof R & string]), TEXT_HASH_START);
  // each field after the \u0000 that unitKey puts before it
  for (let index = 1; index < fields.length; index++) hash = hashText(String(record[fields[index] as keyof R & string]), hashCode(0, hash));
  return hash;
}
