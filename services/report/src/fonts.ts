import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ReportError } from './errors.js';

/** The CJK font files given to the PNG renderer, and the family it draws text in when a chart names none it has. */
export interface CjkFonts {
  files: string[];
  /** The family of the first file, e.g. Noto Sans CJK SC. */
  family: string;
}

const FONT_FILE = /\.(ttc|otc|ttf|otf)$/i;
/** Debian's fonts-noto-cjk, where fc-list is not installed. */
const KNOWN = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'];

export const FONTS_MISSING =
  '没有找到中文字体（Noto CJK），图表中的中文无法绘制：请安装 fonts-noto-cjk（Debian/Ubuntu：apt-get install fonts-noto-cjk），' +
  '或用 REPORT_FONT_PATH 指定字体文件或目录。No CJK font found to draw the charts’ Chinese text: install fonts-noto-cjk, or set REPORT_FONT_PATH to font files or a folder (separated by ":").';

/**
 * Finds the CJK fonts for the DOCX's chart images: REPORT_FONT_PATH (files or folders, separated
 * by ":") when set, else the Noto Sans CJK files fontconfig knows (Debian's fonts-noto-cjk), else
 * their usual place. Fails with FONTS_MISSING rather than draw charts with missing glyphs.
 */
export function findCjkFonts(env: NodeJS.ProcessEnv = process.env): CjkFonts {
  const configured = env.REPORT_FONT_PATH?.trim();
  if (configured) {
    const files = configured.split(':').filter(Boolean).flatMap((entry) => {
      if (!existsSync(entry)) return [];
      if (statSync(entry).isDirectory()) return readdirSync(entry).filter((f) => FONT_FILE.test(f)).sort().map((f) => path.join(entry, f));
      return [entry];
    });
    if (files.length === 0) throw new ReportError('FONTS_MISSING', `REPORT_FONT_PATH=${configured}: no font file there. ${FONTS_MISSING}`);
    return { files, family: familyOf(files[0]!) ?? 'Noto Sans CJK SC' };
  }
  const listed = fcList();
  const noto = listed.filter((f) => /Noto Sans CJK SC/.test(f.families)).map((f) => f.file);
  const files = [...new Set(noto.length > 0 ? noto : KNOWN.filter((f) => existsSync(f)))].sort();
  if (files.length === 0) throw new ReportError('FONTS_MISSING', FONTS_MISSING);
  return { files, family: 'Noto Sans CJK SC' };
}

function fcList(): { file: string; families: string }[] {
  try {
    const out = execFileSync('fc-list', [':lang=zh-cn', 'file', 'family'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').filter(Boolean).map((line) => {
      const i = line.indexOf(': ');
      return i < 0 ? { file: line.replace(/:$/, ''), families: '' } : { file: line.slice(0, i), families: line.slice(i + 2) };
    });
  } catch {
    return [];
  }
}

/** The first family a font file declares (fontconfig's fc-scan), when fontconfig is there to ask. */
function familyOf(file: string): string | undefined {
  try {
    const out = execFileSync('fc-scan', ['--format', '%{family[0]}\\n', file], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').find(Boolean);
  } catch {
    return undefined;
  }
}
