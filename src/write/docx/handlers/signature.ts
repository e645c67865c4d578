// 署名, 成文日期 and the seal (GB/T 9704-2012 7.3.5): right indents from the rules for sealed and
// unsealed documents, and the seal as a floating image anchored in the 署名 paragraph.

import {
  HorizontalPositionRelativeFrom,
  ImageRun,
  Paragraph,
  TextWrappingType,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { SealImage } from '../../../model/document.js';
import { BODY_CHAR_TWIP, SIGNATURE, sealedBlankLinesAfter, sealedBlankLinesBefore } from '../../../layout/gbt9704.js';
import { closingPitchTwip, closingSpacing } from '../closing.js';
import { STYLE } from '../styles.js';
import type { BlockHandlers } from '../state.js';
import { toString as plainText } from 'mdast-util-to-string';
import { widthInChars } from '../../../layout/text-width.js';
import { EMU_PER_MM, EMU_PER_TWIP, PX_PER_MM, TEXT_WIDTH_TWIP } from '../units.js';
import { blankLines } from './blocks.js';

/** The seal is the document's only drawing; a fixed id keeps two builds byte-identical. */
const SEAL_DRAWING_ID = '1';

export interface SignatureIndents {
  readonly issuerRightChars: number;
  readonly dateRightChars: number;
}

/**
 * Right indents in 字. With a seal (7.3.5.1) the date is 右空四字 and 署名 is centred over it.
 * Without (7.3.5.2) 署名 is 右空二字 and the date starts 二字 right of 署名; a date longer than
 * 署名 keeps 右空二字 and pushes 署名 left instead.
 */
export function signatureIndents(options: { issuerChars: number; dateChars: number; sealed: boolean }): SignatureIndents {
  const { issuerChars, dateChars, sealed } = options;
  if (sealed) {
    const dateRightChars = SIGNATURE.dateRightCharsWithSeal;
    return { dateRightChars, issuerRightChars: Math.max(0, dateRightChars + (dateChars - issuerChars) / 2) };
  }
  const issuerRightChars = SIGNATURE.issuerRightCharsWithoutSeal;
  const dateRightChars = issuerRightChars + issuerChars - dateChars - SIGNATURE.dateShiftCharsWithoutSeal;
  if (dateRightChars >= SIGNATURE.dateRightCharsWithoutSeal) return { issuerRightChars, dateRightChars };
  return {
    dateRightChars: SIGNATURE.dateRightCharsWithoutSeal,
    issuerRightChars: SIGNATURE.dateRightCharsWithoutSeal + dateChars + SIGNATURE.dateShiftCharsWithoutSeal - issuerChars,
  };
}

/**
 * The seal at its real diameter, centred horizontally on the date, its top on the first of the
 * blank lines above 署名, so that it presses both lines below its centre (居中下压) and its top is
 * within one line of the text above. Behind the text, so black characters stay readable through
 * the transparent PNG.
 */
function sealRun(options: { seal: SealImage; dateRightChars: number; dateChars: number; blankLinesAbove: number; linePitchTwip: number }): ImageRun {
  const { seal, dateRightChars, dateChars, blankLinesAbove, linePitchTwip } = options;
  const dateCentreTwip = TEXT_WIDTH_TWIP - (dateRightChars + dateChars / 2) * BODY_CHAR_TWIP;
  const widthPx = seal.diameterMm * PX_PER_MM;
  return new ImageRun({
    type: 'png',
    data: seal.png,
    transformation: { width: widthPx, height: (widthPx * seal.heightPx) / seal.widthPx },
    floating: {
      horizontalPosition: {
        relative: HorizontalPositionRelativeFrom.MARGIN,
        offset: Math.round(dateCentreTwip * EMU_PER_TWIP - (seal.diameterMm * EMU_PER_MM) / 2),
      },
      verticalPosition: {
        relative: VerticalPositionRelativeFrom.PARAGRAPH,
        offset: -blankLinesAbove * linePitchTwip * EMU_PER_TWIP,
      },
      behindDocument: true,
      allowOverlap: true,
      lockAnchor: true,
      wrap: { type: TextWrappingType.NONE },
    },
    altText: { id: SEAL_DRAWING_ID, name: 'seal', description: '印章' },
  });
}

export const signatureHandlers: BlockHandlers = {
  gongwenSignature: (node, state, { next }) => {
    const [issuer, date] = node.children;
    const dateChars = widthInChars(plainText(date.children));
    const { issuerRightChars, dateRightChars } = signatureIndents({
      issuerChars: widthInChars(plainText(issuer.children)),
      dateChars,
      sealed: node.seal !== undefined,
    });
    const gap = node.seal ? sealedBlankLinesBefore(node.seal.diameterMm) : SIGNATURE.blankLinesBeforeWithoutSeal;
    const seal = node.seal ? [sealRun({ seal: node.seal, dateRightChars, dateChars, blankLinesAbove: gap, linePitchTwip: closingPitchTwip(state) })] : [];
    const spacing = closingSpacing(state);
    const annotated = next?.type === 'gongwenAnnotation';
    // the seal's room under the date, unless the 附注 line gives it (it does for every diameter the schema allows)
    const sealRoom = node.seal && !annotated ? sealedBlankLinesAfter(node.seal.diameterMm, 0) : 0;
    return [
      ...blankLines(gap, STYLE.keptBlank, spacing),
      new Paragraph({
        style: STYLE.signatureIssuer,
        ...spacing,
        indent: { right: Math.round(issuerRightChars * BODY_CHAR_TWIP) },
        children: [...seal, ...state.phrasing(issuer.children)],
      }),
      new Paragraph({
        style: STYLE.signatureDate,
        ...spacing,
        indent: { right: Math.round(dateRightChars * BODY_CHAR_TWIP) },
        // never a page holding only the 附注, nor a seal cut by the page's end
        ...(annotated || sealRoom > 0 ? { keepNext: true } : {}),
        children: state.phrasing(date.children),
      }),
      ...blankLines(sealRoom, STYLE.body, spacing),
    ];
  },
};
