// Text back into GB18030 (which covers GBK), the encoding Excel saves a plain 「CSV」 in on a
// Chinese Windows, so a copied sheet stays in the encoding the office's Excel opens. Node
// decodes GB18030 but does not encode it: the table is the decoder's, read backwards, over
// every two-byte code; a character only the four-byte codes hold is looked up among them.

const TWO_BYTE_LEADS = { first: 0x81, last: 0xfe };
const TRAILS = [...range(0x40, 0x7e), ...range(0x80, 0xfe)];

function* range(first: number, last: number): Generator<number> {
  for (let n = first; n <= last; n++) yield n;
}

let twoByteCodes: Map<string, number> | undefined;

/** Character → its two-byte code (lead << 8 | trail), made on first use (about 24,000 codes). */
function twoByteTable(): Map<string, number> {
  if (twoByteCodes) return twoByteCodes;
  const codes: number[] = [];
  for (const lead of range(TWO_BYTE_LEADS.first, TWO_BYTE_LEADS.last)) for (const trail of TRAILS) codes.push((lead << 8) | trail);
  const bytes = new Uint8Array(codes.flatMap((code) => [code >> 8, code & 0xff]));
  // every two-byte code decodes to one character of the Basic Multilingual Plane
  const characters = new TextDecoder('gb18030').decode(bytes);
  twoByteCodes = new Map();
  codes.forEach((code, index) => {
    const character = characters[index]!;
    if (character !== '\uFFFD' && !twoByteCodes!.has(character)) twoByteCodes!.set(character, code);
  });
  return twoByteCodes;
}

/** The four-byte code of a character, found by its linear index (GB18030's own order), checked by decoding. */
function fourByteCode(character: string): Uint8Array | undefined {
  const codePoint = character.codePointAt(0)!;
  const decoder = new TextDecoder('gb18030');
  // supplementary planes run in order from 0x90308130; the BMP's four-byte codes are checked by search
  const linear = codePoint >= 0x10000 ? 189000 + (codePoint - 0x10000) : undefined;
  const candidates = linear === undefined ? range(0, 39419) : [linear];
  for (const index of candidates) {
    const bytes = new Uint8Array([0x81 + Math.floor(index / 12600), 0x30 + (Math.floor(index / 1260) % 10), 0x81 + (Math.floor(index / 10) % 126), 0x30 + (index % 10)]);
    if (decoder.decode(bytes) === character) return bytes;
  }
  return undefined;
}

/** Encodes `text` as GB18030; undefined if a character has no code (it cannot have come from a GB18030 file). */
export function encodeGb18030(text: string): Uint8Array | undefined {
  const table = twoByteTable();
  const out: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (table.has(character)) out.push(table.get(character)! >> 8, table.get(character)! & 0xff);
    else {
      const bytes = fourByteCode(character);
      if (!bytes) return undefined;
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
