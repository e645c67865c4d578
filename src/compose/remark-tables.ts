// GFM tables and nothing else of GFM: autolink literals would turn a unit's domain name
// (www.example.gov.cn) or an e-mail address in the data into a link, which data must
// never do, and no escaping can stop them since they are found after parsing.

import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export function remarkTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
