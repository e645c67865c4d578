// Every handler ends the same way mdast-util-to-hast's own handlers do: copy the source
// position onto the new element and honour the node's `data` (hName, hProperties…).

import type { Element } from 'hast';
import type { Nodes } from 'mdast';
import type { State } from 'mdast-util-to-hast';

export function patched(state: State, from: Nodes, to: Element): Element {
  state.patch(from, to);
  return state.applyData(from, to);
}
