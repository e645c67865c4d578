// The handler tables: every block type the notice tree may hold, by group, and the inline types.

import type { BlockHandlers } from '../state.js';
import { blockHandlers } from './blocks.js';
import { chartHandlers } from './chart.js';
import { gongwenHandlers } from './gongwen.js';
import { signatureHandlers } from './signature.js';
import { tableHandlers } from './table.js';

export { inlineHandlers } from './inline.js';

export const allBlockHandlers: BlockHandlers = {
  ...blockHandlers,
  ...tableHandlers,
  ...gongwenHandlers,
  ...signatureHandlers,
  ...chartHandlers,
};
