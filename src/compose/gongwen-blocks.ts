// Turns the template's container blocks (`:::title` … `:::`) into the 公文 nodes of the
// document tree, makes raw HTML inert, and generates 附件说明 from the attachments so that
// the list and the attachment titles can never disagree.

import type { Paragraph, PhrasingContent, Root, RootContent, Parent, Text } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString as plainText } from 'mdast-util-to-string';
import type {
  GongwenColophon,
  GongwenLetterhead,
  GongwenAttachment,
  GongwenAttachmentItem,
  GongwenSignature,
  SealImage,
} from '../model/document.js';
import { TemplateBlockError } from './template-error.js';

/** `:ref{to=accounts}` in a template becomes 附件2, whatever the attachments' order turns out to be. */
const REFERENCE = 'ref';

const BLOCK_NAMES = ['letterhead', 'title', 'doc-number', 'addressee', 'part', 'signature', 'annotation', 'attachment', 'colophon'] as const;

/** The lines of a 版记, each a `::name[text]` line inside `:::colophon`. */
const COLOPHON_LINES = ['copy-to', 'printed-by', 'print-date'] as const;
type BlockName = (typeof BLOCK_NAMES)[number];

/** What every block error may add: how blocks are written, and where the README says so. */
const BLOCKS_IN_README = '公文块写成 :::块名 一行、内容、::: 一行；写法见 README「改写通报的措辞：模板」';

function isParagraph(node: RootContent): node is Paragraph {
  return node.type === 'paragraph';
}

/** The lines of a block as phrasing content, one paragraph per line. */
function paragraphsOf(block: ContainerDirective): Paragraph[] {
  return block.children.filter(isParagraph).filter((p) => !p.data?.directiveLabel);
}

/** Several paragraphs of one element (a title over two lines) join with line breaks. */
function joinedPhrasing(paragraphs: Paragraph[]): PhrasingContent[] {
  return paragraphs.flatMap((p, i) => (i === 0 ? p.children : [{ type: 'break' } as const, ...p.children]));
}


function attachmentOf(block: ContainerDirective): GongwenAttachment {
  const label = block.children.find((c): c is Paragraph => isParagraph(c) && Boolean(c.data?.directiveLabel));
  if (!label || plainText(label.children).trim() === '') {
    throw new TemplateBlockError('附件缺少标题', '写成 :::attachment[附件标题]{key=键}，标题即附件说明中的名称', block);
  }
  return {
    type: 'gongwenAttachment',
    id: block.attributes?.key ?? '',
    title: label.children,
    children: block.children.filter((c) => c !== label) as GongwenAttachment['children'],
  };
}

function signatureOf(block: ContainerDirective, seal: SealImage | undefined): GongwenSignature {
  const lines = paragraphsOf(block);
  const [issuer, date] = lines;
  if (lines.length !== 2 || !issuer || !date) {
    throw new TemplateBlockError(`署名块应有两段（署名、成文日期），实际有${lines.length}段`, ':::signature 内写署名一段、空一行、成文日期一段', block);
  }
  return {
    type: 'gongwenSignature',
    ...(seal ? { seal } : {}),
    children: [
      { type: 'gongwenSignatureIssuer', children: issuer.children },
      { type: 'gongwenSignatureDate', children: date.children },
    ],
  };
}

const LETTERHEAD_FORMATS = ['file', 'letter', 'preprinted'] as const;

/** The 版头; one with no organ name is no 版头, unless the paper has it printed already. */
function letterheadOf(block: ContainerDirective, paragraphs: Paragraph[]): GongwenLetterhead | undefined {
  const format = block.attributes?.format ?? 'file';
  if (!(LETTERHEAD_FORMATS as readonly string[]).includes(format)) {
    throw new TemplateBlockError(
      `版头格式“${format}”不对`,
      '写成 :::letterhead{format=file}（文件格式）、{format=letter}（信函格式）或 {format=preprinted}（已印版头的公文纸）',
      block,
    );
  }
  const children = format === 'preprinted' ? [] : joinedPhrasing(paragraphs);
  if (format !== 'preprinted' && plainText(children).trim() === '') return undefined;
  return { type: 'gongwenLetterhead', format: format as GongwenLetterhead['format'], children };
}

function colophonOf(block: ContainerDirective): GongwenColophon | undefined {
  const lines = new Map<string, PhrasingContent[]>();
  for (const child of block.children) {
    if (child.type !== 'leafDirective' || !(COLOPHON_LINES as readonly string[]).includes(child.name)) {
      throw new TemplateBlockError('版记块里只能写 ::copy-to[抄送机关]、::printed-by[印发机关] 和 ::print-date[印发日期] 三种行', BLOCKS_IN_README, child);
    }
    if (plainText(child.children).trim() !== '') lines.set(child.name, child.children);
  }
  const printedBy = lines.get('printed-by');
  const printDate = lines.get('print-date');
  if (!printedBy && !printDate && !lines.has('copy-to')) return undefined;
  if (!printedBy || !printDate) throw new TemplateBlockError('版记需要印发机关（::printed-by）和印发日期（::print-date）', BLOCKS_IN_README, block);
  const copyTo = lines.get('copy-to');
  return { type: 'gongwenColophon', ...(copyTo ? { copyTo } : {}), printedBy, printDate };
}

/** One 公文 node for a block, or nothing when the block came out empty (an optional 文号). */
function nodeOf(block: ContainerDirective, seal: SealImage | undefined): RootContent | undefined {
  const name = block.name as BlockName;
  if (!BLOCK_NAMES.includes(name)) {
    throw new TemplateBlockError(`模板中有不认识的块“:::${block.name}”`, `可用的块：${BLOCK_NAMES.join('、')}；${BLOCKS_IN_README}`, block);
  }
  if (name === 'attachment') return attachmentOf(block);
  if (name === 'colophon') return colophonOf(block);
  const paragraphs = paragraphsOf(block);
  if (name === 'letterhead') return letterheadOf(block, paragraphs);
  if (plainText(joinedPhrasing(paragraphs)).trim() === '') return undefined;
  switch (name) {
    case 'signature':
      return signatureOf(block, seal);
    case 'title':
      return { type: 'gongwenTitle', children: joinedPhrasing(paragraphs) };
    case 'doc-number':
      return { type: 'gongwenDocNumber', children: joinedPhrasing(paragraphs) };
    case 'addressee':
      return { type: 'gongwenAddressee', children: joinedPhrasing(paragraphs) };
    case 'annotation':
      return { type: 'gongwenAnnotation', children: joinedPhrasing(paragraphs) };
    case 'part':
      return { type: 'gongwenPart', children: joinedPhrasing(paragraphs) };
  }
}

/**
 * Raw HTML from the office's Markdown, and `:name` that Markdown read as a directive,
 * go back to being the text they were typed as. An image becomes its description: a
 * published notice loads nothing from elsewhere.
 */
function literalText(node: Parent['children'][number]): Text | undefined {
  if (node.type === 'html') return { type: 'text', value: node.value };
  if (node.type === 'image' || node.type === 'imageReference') return { type: 'text', value: node.alt ?? '' };
  if (node.type === 'textDirective' && node.name !== REFERENCE) {
    return { type: 'text', value: `:${node.name}${plainText(node.children)}` };
  }
  return undefined;
}

/** Containers whose children are blocks: literal text there needs a paragraph around it. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'containerDirective']);

/** `child` as literal text where it must be (the node itself, changed or not, or what stands for it), under a parent `inFlow` or not. */
function literalChild(child: Parent['children'][number], inFlow: boolean, inColophon: boolean): Parent['children'][number] | Parent['children'] {
  if (child.type === 'leafDirective' && !inColophon) {
    throw new TemplateBlockError(`模板中有不认识的行“::${child.name}”`, `“::”开头的行只能写在版记块（:::colophon）里；${BLOCKS_IN_README}`, child);
  }
  // a reference-style link keeps its text; its definition (the target) is not printed
  if (child.type === 'definition') return [];
  // a 公文 has no quotations set apart, code or rules: their text stays, as body paragraphs
  if (child.type === 'thematicBreak') return [];
  if (child.type === 'code') return { type: 'paragraph', children: [{ type: 'text', value: child.value }] } satisfies Paragraph;
  if (child.type === 'blockquote') {
    makeLiteral(child);
    return child.children;
  }
  if (child.type === 'linkReference') {
    makeLiteral(child);
    return child.children;
  }
  const literal = literalText(child);
  if (literal) return inFlow ? ({ type: 'paragraph', children: [literal] } satisfies Paragraph) : literal;
  if ('children' in child) makeLiteral(child as Parent);
  return child;
}

function makeLiteral(parent: Parent): void {
  const inFlow = FLOW_PARENTS.has(parent.type);
  const inColophon = parent.type === 'containerDirective' && (parent as ContainerDirective).name === 'colophon';
  // a new list of children only once one of them changes: a country's attachment tables have hundreds of thousands of nodes, nearly all kept
  let changed: Parent['children'][number][] | undefined;
  parent.children.forEach((child, index) => {
    const literal = literalChild(child, inFlow, inColophon);
    if (literal === child && !changed) return;
    changed ??= parent.children.slice(0, index);
    if (Array.isArray(literal)) changed.push(...literal);
    else changed.push(literal);
  });
  if (changed) parent.children = changed as Parent['children'];
}

/** Numbers the attachments and returns, for each template key, its label (附件2). */
function numberAttachments(attachments: GongwenAttachment[]): { items: GongwenAttachmentItem[]; labels: Map<string, GongwenAttachment> } {
  const numbered = attachments.length > 1;
  const labels = new Map<string, GongwenAttachment>();
  const items = attachments.map((attachment, i): GongwenAttachmentItem => {
    const number = numbered ? i + 1 : undefined;
    if (attachment.id) labels.set(attachment.id, attachment);
    attachment.id = numbered ? `attachment-${i + 1}` : 'attachment';
    if (number !== undefined) attachment.number = number;
    return {
      type: 'gongwenAttachmentItem',
      ...(number !== undefined ? { number } : {}),
      target: attachment.id,
      children: attachment.title,
    };
  });
  return { items, labels };
}

function resolveReferences(parent: Parent, labels: Map<string, GongwenAttachment>): void {
  // replaced in place: the children of nearly every node stay as they are
  parent.children.forEach((child, index) => {
    if (child.type === 'textDirective' && child.name === REFERENCE) {
      const key = child.attributes?.to ?? '';
      const attachment = labels.get(key);
      if (!attachment) throw new TemplateBlockError(`模板引用了不存在的附件“${key}”`, '引用写成 :ref{to=键}，键与 :::attachment[标题]{key=键} 相同，且该附件要存在', child);
      const label = attachment.number === undefined ? '附件' : `附件${attachment.number}`;
      parent.children[index] = { type: 'link', url: `#${attachment.id}`, children: [{ type: 'text', value: label }] } as Parent['children'][number];
    } else if ('children' in child) resolveReferences(child as Parent, labels);
  });
}

export function toGongwenNodes(tree: Root, options: { seal?: SealImage }): void {
  makeLiteral(tree);
  const children: RootContent[] = [];
  for (const child of tree.children) {
    if (child.type !== 'containerDirective') {
      children.push(child);
      continue;
    }
    const node = nodeOf(child, options.seal);
    if (node) children.push(node);
  }
  const attachments = children.filter((c): c is GongwenAttachment => c.type === 'gongwenAttachment');
  const { items, labels } = numberAttachments(attachments);
  if (items.length > 0) {
    // 附件说明 sits after the body, right before 署名 (GB/T 9704 7.3.4)
    const at = children.findIndex((c) => c.type === 'gongwenSignature');
    children.splice(at === -1 ? children.length : at, 0, { type: 'gongwenAttachmentList', children: items });
  }
  tree.children = children;
  resolveReferences(tree, labels);
}
