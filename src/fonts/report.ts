// What `tongbao fonts` prints: per role the face the PDF uses and how it is embedded, the font
// the DOCX names and whether it is installed, then what to install for the official look.

import { FONTS } from '../layout/gbt9704.js';
import type { CheckedRole, RoleFonts } from './index.js';

const ROLE_NAMES: Readonly<Record<CheckedRole, string>> = {
  xiaobiaosong: '小标宋（标题、发文机关标志）',
  fangsong: '仿宋（正文、三四级标题、版记）',
  heiti: '黑体（一级标题、附件标识、图表文字）',
  kaiti: '楷体（二级标题）',
  songti: '宋体（页码）',
};

/**
 * The open faces the stacks fall back to, with the Debian package that has each (scripts/setup.sh
 * installs the TrueType ones). Noto CJK and LXGW WenKai have CFF outlines: Type 3 in a PDF.
 */
const OPEN_FACES: Readonly<Record<string, { readonly debianPackage: string; readonly trueType: boolean }>> = {
  'AR PL SungtiL GB': { debianPackage: 'fonts-arphic-gbsn00lp', trueType: true },
  'AR PL UMing CN': { debianPackage: 'fonts-arphic-uming', trueType: true },
  'WenQuanYi Zen Hei': { debianPackage: 'fonts-wqy-zenhei', trueType: true },
  'AR PL KaitiM GB': { debianPackage: 'fonts-arphic-gkai00mp', trueType: true },
  'Noto Serif CJK SC': { debianPackage: 'fonts-noto-cjk', trueType: false },
  'Noto Sans CJK SC': { debianPackage: 'fonts-noto-cjk', trueType: false },
  'LXGW WenKai': { debianPackage: 'fonts-lxgw-wenkai', trueType: false },
};

/** Whether a face is one of the role's official (Windows or macOS) fonts rather than a stand-in. */
function isOfficial(role: CheckedRole, family: string, docxName: string): boolean {
  const official = [docxName, ...FONTS[role].filter((name) => !(name in OPEN_FACES))];
  return official.some((name) => name.toLowerCase() === family.toLowerCase());
}

function pdfLine(fonts: RoleFonts): string {
  const faces = fonts.pdfFaces.map((face) => (isOfficial(fonts.role, face.family, fonts.docxName) ? face.family : `${face.family}（替代字体）`));
  const embedding =
    fonts.type3Fonts > 0
      ? `，其中 ${fonts.type3Fonts} 个嵌入为无名称的 Type 3 字体（印刷厂、档案系统可能不接受）`
      : `，嵌入为 ${fonts.embedded.map((name) => name.replace(/^[A-Z]{6}\+/, '')).join('、') || '（无）'}`;
  return `    PDF：${faces.join('、') || '（没有可用的中文字体）'}${embedding}`;
}

function docxLine(fonts: RoleFonts): string {
  const installed = fonts.docxNameInstalled ? '本机已安装' : '本机未安装，Word、WPS 会用别的字体代替';
  return `    DOCX：写入“${fonts.docxName}”，${installed}`;
}

/** Packages that would replace this machine's Type 3 fonts with TrueType ones. */
function trueTypePackages(roles: readonly RoleFonts[]): string[] {
  const packages = roles
    .filter((fonts) => fonts.type3Fonts > 0)
    .flatMap((fonts) => FONTS[fonts.role].map((name) => OPEN_FACES[name]))
    .flatMap((face) => (face?.trueType ? [face.debianPackage] : []));
  return [...new Set(packages)];
}

export function fontReportLines(roles: readonly RoleFonts[]): string[] {
  const lines = ['本机的字体（PDF 一栏是浏览器生成 PDF 时实际用的字体，DOCX 一栏是文件里写的字体名）：', ''];
  for (const fonts of roles) lines.push(`  ${ROLE_NAMES[fonts.role]}`, pdfLine(fonts), docxLine(fonts));
  const missing = roles.filter((fonts) => !fonts.docxNameInstalled).map((fonts) => fonts.docxName);
  const packages = trueTypePackages(roles);
  if (missing.length > 0 || packages.length > 0) lines.push('', '提示：');
  if (missing.length > 0) {
    lines.push(
      `  要得到公文的正式字体效果，请安装：${[...new Set(missing)].join('、')}。`,
      '  Windows 上双击字体文件选“安装”；Linux 上复制到 ~/.local/share/fonts 后运行 fc-cache。装好后 PDF 和 DOCX 都会用它们，可再运行 tongbao fonts 查看。',
    );
  }
  if (packages.length > 0) {
    lines.push(`  PDF 里有 Type 3 字体：Debian/Ubuntu 可运行 scripts/setup.sh 或 sudo apt-get install ${packages.join(' ')} 安装 TrueType 替代字体。`);
  }
  return lines;
}
