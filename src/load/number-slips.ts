// Numbers typed the way one writes them in a sentence: ３７ (full-width digits from a Chinese
// input method), 37条 (with the classifier), 1,234 (with thousands separators). YAML reads
// them as text; said as what they are, with the digits to write instead, they are quick to fix.

export interface NumberSlip {
  /** what is wrong, e.g. 用了全角数字, 后面带了“条” */
  readonly problems: readonly string[];
  /** the number as it should be written */
  readonly digits: string;
}

const FULL_WIDTH_DIGIT = /[０-９．－]/g;
const FULL_WIDTH_COMMA = /，/g;
/** a number, possibly with thousands separators, then whatever follows it */
const NUMBER_THEN_REST = /^(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(.*)$/;
/** what may follow a number as its classifier or unit: a few letters or signs, no digits */
const CLASSIFIER = /^[^\d\s.,:：-]{1,3}$/;

/** The slips in `written`, when it is a number written as text; undefined when it is something else. */
export function numberSlip(written: string): NumberSlip | undefined {
  const halfWidth = written
    .trim()
    .replace(FULL_WIDTH_DIGIT, (digit) => String.fromCharCode((digit.codePointAt(0) ?? 0) - 0xfee0))
    .replace(FULL_WIDTH_COMMA, ',');
  const match = NUMBER_THEN_REST.exec(halfWidth);
  if (!match) return undefined;
  const [, number = '', rest = ''] = match;
  if (rest !== '' && !CLASSIFIER.test(rest)) return undefined;
  const problems = [
    ...(halfWidth !== written.trim() ? ['用了全角数字'] : []),
    ...(number.includes(',') ? ['加了千位分隔符'] : []),
    ...(rest ? [`后面带了“${rest}”`] : []),
  ];
  return problems.length > 0 ? { problems, digits: number.replaceAll(',', '') } : undefined;
}
