// Characters a reader cannot see or tell apart, named for office staff. Two uses: the loader
// rejects them where they would harm the notice (a right-to-left override published in a
// name, a zero-width space that makes “w05” and “w05​” two ids), and every message that
// quotes text the user typed names them, so a quoted value never hides why it differs.

/** How an odd character harms: what the messages call it, and which fields refuse it. */
export type OddKind =
  /** C0 and C1 controls (other than tab and line breaks): never meant in a notice */
  | 'control'
  /** bidirectional formatting: displays the text around it reversed or reordered */
  | 'direction'
  /** half of a UTF-16 surrogate pair: published as U+FFFD */
  | 'broken'
  /** code points Unicode reserves as never being characters */
  | 'nonCharacter'
  /** takes no room at all: two texts look the same and differ */
  | 'zeroWidth'
  /** a space other than the ordinary one (U+0020), or a tab */
  | 'space'
  /** a line break inside what should be one line */
  | 'lineBreak';

export interface OddCharacter {
  /** UTF-16 index in the text */
  readonly index: number;
  /** UTF-16 length: 2 for a character beyond U+FFFF */
  readonly length: number;
  readonly codePoint: number;
  readonly kind: OddKind;
  /** the character's Chinese name, when it has a common one */
  readonly name?: string;
}

/** The kinds no published text may hold; the others only matter where text identifies something. */
export const UNPUBLISHABLE: ReadonlySet<OddKind> = new Set(['control', 'direction', 'broken', 'nonCharacter']);

const NAMES: ReadonlyMap<number, { kind: OddKind; name: string }> = new Map([
  [0x0000, { kind: 'control', name: '空字符' }],
  [0x0007, { kind: 'control', name: '响铃符' }],
  [0x0008, { kind: 'control', name: '退格符' }],
  [0x000b, { kind: 'control', name: '垂直制表符' }],
  [0x000c, { kind: 'control', name: '换页符' }],
  [0x001b, { kind: 'control', name: '转义符' }],
  [0x007f, { kind: 'control', name: '删除符' }],
  [0x0085, { kind: 'lineBreak', name: '下一行符' }],
  [0x061c, { kind: 'direction', name: '阿拉伯文字母标记' }],
  [0x200e, { kind: 'direction', name: '从左到右标记' }],
  [0x200f, { kind: 'direction', name: '从右到左标记' }],
  [0x202a, { kind: 'direction', name: '从左到右嵌入' }],
  [0x202b, { kind: 'direction', name: '从右到左嵌入' }],
  [0x202c, { kind: 'direction', name: '方向格式结束' }],
  [0x202d, { kind: 'direction', name: '从左到右覆盖' }],
  [0x202e, { kind: 'direction', name: '从右到左覆盖' }],
  [0x2066, { kind: 'direction', name: '从左到右隔离' }],
  [0x2067, { kind: 'direction', name: '从右到左隔离' }],
  [0x2068, { kind: 'direction', name: '首个强字符隔离' }],
  [0x2069, { kind: 'direction', name: '方向隔离结束' }],
  [0x200b, { kind: 'zeroWidth', name: '零宽空格' }],
  [0x200c, { kind: 'zeroWidth', name: '零宽不连字' }],
  [0x200d, { kind: 'zeroWidth', name: '零宽连字' }],
  [0x2060, { kind: 'zeroWidth', name: '零宽不换行符' }],
  [0xfeff, { kind: 'zeroWidth', name: '零宽不换行空格' }],
  [0x00ad, { kind: 'zeroWidth', name: '软连字符' }],
  [0x180e, { kind: 'zeroWidth', name: '蒙古文元音分隔符' }],
  [0x0009, { kind: 'space', name: '制表符（Tab）' }],
  [0x00a0, { kind: 'space', name: '不间断空格' }],
  [0x3000, { kind: 'space', name: '全角空格' }],
  [0x202f, { kind: 'space', name: '窄不间断空格' }],
  [0x000a, { kind: 'lineBreak', name: '换行符' }],
  [0x000d, { kind: 'lineBreak', name: '回车符' }],
  [0x2028, { kind: 'lineBreak', name: '行分隔符' }],
  [0x2029, { kind: 'lineBreak', name: '段分隔符' }],
]);

function kindOf(codePoint: number): OddKind | undefined {
  const named = NAMES.get(codePoint)?.kind;
  if (named) return named;
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return 'control';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'broken';
  if ((codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe) return 'nonCharacter';
  // the typographic spaces (en, em, thin, hair …), the medium mathematical and the ogham space
  if ((codePoint >= 0x2000 && codePoint <= 0x200a) || codePoint === 0x205f || codePoint === 0x1680) return 'space';
  return undefined;
}

/**
 * Code units that every odd character lies among (with more besides: any half of a surrogate
 * pair): text without them, which is nearly all text, has no odd character and is passed over
 * at once. Matched by code unit, without the u flag, so an astral character is looked at too.
 */
const MAYBE_ODD = /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ud800-\udfff\ufdd0-\ufdef\ufeff\ufffe\uffff]/;

/** Whether `text` has an odd character: no list is made for the text nearly every value is. */
export function hasOddCharacters(text: string): boolean {
  return MAYBE_ODD.test(text) && oddCharacters(text).length > 0;
}

/** Every odd character of `text`, in order; an unpaired surrogate counts as one. */
export function oddCharacters(text: string): OddCharacter[] {
  const found: OddCharacter[] = [];
  if (!MAYBE_ODD.test(text)) return found;
  for (let index = 0; index < text.length; ) {
    // codePointAt pairs a high surrogate with a following low one, and returns a lone half as it is
    const codePoint = text.codePointAt(index) ?? 0;
    const length = codePoint > 0xffff ? 2 : 1;
    const kind = kindOf(codePoint);
    if (kind) found.push({ index, length, codePoint, kind, ...(NAMES.has(codePoint) && { name: NAMES.get(codePoint)?.name }) });
    index += length;
  }
  return found;
}

export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a message calls the character: 看不见的零宽空格, 看不见的控制字符“响铃符”, 全角空格 … */
export function characterPhrase(odd: OddCharacter): string {
  switch (odd.kind) {
    case 'control':
    case 'direction':
      return odd.name ? `看不见的控制字符“${odd.name}”` : '看不见的控制字符';
    case 'broken':
      return '无法显示的残缺字符';
    case 'nonCharacter':
      return '不能使用的非字符';
    case 'zeroWidth':
      return `看不见的${odd.name ?? '零宽字符'}`;
    case 'space':
    case 'lineBreak':
      return odd.name ?? '特殊空格';
  }
}

interface Placed {
  readonly character: OddCharacter;
  /** the visible text before and after it (other odd characters taken out) */
  readonly before: string;
  readonly after: string;
}

/** Each odd character of `text` with the visible text on either side of it. */
function placed(text: string, odd: readonly OddCharacter[]): Placed[] {
  const visible = withoutOdd(text, odd);
  let removed = 0;
  return odd.map((character) => {
    const at = character.index - removed;
    removed += character.length;
    return { character, before: visible.slice(0, at), after: visible.slice(at) };
  });
}

function withoutOdd(text: string, odd: readonly OddCharacter[]): string {
  let visible = '';
  let from = 0;
  for (const character of odd) {
    visible += text.slice(from, character.index);
    from = character.index + character.length;
  }
  return visible + text.slice(from);
}

/** Where it stands, said by the visible text around it: “w05” 后面, “w0”和“5”之间. */
function position({ before, after }: Placed): string {
  if (before && after) return `“${before}”和“${after}”之间`;
  if (before) return `“${before}” 后面`;
  if (after) return `“${after}” 前面`;
  return '这里只';
}

/** Each odd character of `text` with where it stands, e.g. `“w05” 后面有一个看不见的零宽空格（U+200B）`. */
export function describeOddCharacters(text: string, odd: readonly OddCharacter[] = oddCharacters(text)): string[] {
  return placed(text, odd).map((each) => `${position(each)}有一个${characterPhrase(each.character)}（${codePointLabel(each.character.codePoint)}）`);
}

/** Where it stands inside a quoted text: 后面, 前面, 在“w0”后面. */
function positionInQuote({ before, after }: Placed): string {
  if (before && after) return `在“${before}”后面`;
  if (before) return '后面';
  if (after) return '前面';
  return '只';
}

/**
 * User text in Chinese quotation marks, for a message: “w05”, or, when it holds characters no
 * one can see, “w05”（后面有一个看不见的零宽空格，U+200B）, so a value that looks like a known
 * one says why it is not.
 */
export function quoted(text: string): string {
  const odd = oddCharacters(text);
  if (odd.length === 0) return `“${text}”`;
  const notes = placed(text, odd).map((each) => `${positionInQuote(each)}有一个${characterPhrase(each.character)}，${codePointLabel(each.character.codePoint)}`);
  return `“${withoutOdd(text, odd)}”（${notes.join('；')}）`;
}
