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
} as const;
