// Text back into GB18030 (which covers GBK), the encoding Excel saves a plain 「CSV」 in on a
// Chinese Windows, so a copied sheet stays in the encoding the office's Excel opens. Node
// decodes GB18030 but does not encode it; iconv-lite does.

import iconv from 'iconv-lite';

/** Encodes `text` as GB18030; undefined if a character has no code (it cannot have come from a GB18030 file). */
export function encodeGb18030(text: string): Uint8Array | undefined {
  const bytes = iconv.encode(text, 'gb18030');
  // iconv-lite writes a substitute for a character without a code: reading the bytes back tells
  return new TextDecoder('gb18030').decode(bytes) === text ? new Uint8Array(bytes) : undefined;
}
