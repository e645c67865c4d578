// 署名, 成文日期 (as <time>), 附注, and in print the seal pressed over them. The web page
// never carries the seal: an electronic seal is not reproduced on government websites.

import type { Element } from 'hast';
import type {
  GongwenAnnotation,
  GongwenSignature,
  GongwenSignatureDate,
  GongwenSignatureIssuer,
  SealImage,
} from '../../../model/document.js';
import type { State } from 'mdast-util-to-hast';
import { ownElement } from '../own-elements.js';
import type { RenderMode } from '../to-hast.js';
import { patched } from './patch.js';

/** The seal as an image; print.css sizes and places it (width = diameter, centred on the date). */
function sealImage(seal: SealImage): Element {
  const src = `data:image/png;base64,${Buffer.from(seal.png).toString('base64')}`;
  return ownElement('seal', [], { src, alt: '印章' });
}

export function signatureHandlers(options: { mode: RenderMode; date: string }) {
  return {
    gongwenSignature(state: State, node: GongwenSignature) {
      const seal = options.mode === 'print' && node.seal ? [sealImage(node.seal)] : [];
      return patched(state, node, ownElement('signature', state.wrap([...state.all(node), ...seal], true)));
    },
    gongwenSignatureIssuer(state: State, node: GongwenSignatureIssuer) {
      return patched(state, node, ownElement('signature-issuer', state.all(node)));
    },
    gongwenSignatureDate(state: State, node: GongwenSignatureDate) {
      const time: Element = {
        type: 'element',
        tagName: 'time',
        properties: { dateTime: options.date },
        children: state.all(node),
      };
      return patched(state, node, ownElement('signature-date', [time]));
    },
    gongwenAnnotation(state: State, node: GongwenAnnotation) {
      return patched(state, node, ownElement('annotation', state.all(node)));
    },
  };
}
