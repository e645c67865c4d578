// The names of the files the writers write, kept apart from the writers so the build
// knows every output's name before anything renders, and can check where each goes
// (src/write/output-files.ts) before spending seconds on a PDF.

export const FILE_NAMES = {
  page: '通报.html',
  fragment: '通报.fragment.html',
  disclosureJson: '通报.公开信息.json',
  disclosureText: '通报.公开信息.txt',
  docx: '通报.docx',
  pdf: '通报.pdf',
  ofd: '通报.ofd',
} as const;

/**
 * 图N as image files beside the CMS fragment, which refers to them by these relative names: the
 * PNG for the editor's <img>, the SVG for a site that takes vector images.
 */
export function chartImageNames(chartNumber: number): { readonly png: string; readonly svg: string } {
  return { png: `图${chartNumber}.png`, svg: `图${chartNumber}.svg` };
}
