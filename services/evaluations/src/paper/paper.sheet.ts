import ExcelJS from 'exceljs';
import { badInput, readSheet, SheetRefusal, type SheetData } from '@sfxd/kit';
import { CRITERIA, CRITERION_LABELS, TIER_LABELS, type Criterion, type HonorTier } from '../criteria/criteria.names.js';
import { COMMENT_MAX, MAX_SCORE, MIN_SCORE } from '../scores/scores.check.js';

/**
 * The paper-ballot sheet (纸质评议票汇总表): one sheet, Chinese headers in row 1, one paper ballot
 * of the masses a row. The template lists the unit's subjects of the round (one row each, to copy
 * for every ballot); a row scores the criteria of its subject's tier and leaves the others empty.
 * Columns are found by header, so their order does not matter.
 */
export const SHEET_NAME = '纸质评议票';
export const MAX_PAPER_ROWS = 5000;

export const SUBJECT_ID = { key: 'subjectId', header: '评议对象编号' } as const;
export const SUBJECT_NAME = { key: 'subjectName', header: '评议对象' } as const;
export const TIER = { key: 'tier', header: '类别' } as const;
export const COMMENT = { key: 'comment', header: '评语' } as const;

/** A criterion's column: its tier's name and the criterion's, e.g. 示范岗-政治合格 (two tiers have a 工作业绩好). */
export const criterionHeader = (criterion: Criterion, tier: HonorTier) => `${TIER_LABELS[tier].zh.replace('共产党员', '')}-${CRITERION_LABELS[criterion].label.zh}`;

export function criterionColumns(tiers: readonly HonorTier[]): { key: Criterion; header: string; tier: HonorTier }[] {
  return tiers.flatMap((tier) => CRITERIA[tier].map((criterion) => ({ key: criterion, header: criterionHeader(criterion, tier), tier })));
}

export interface TemplateSubject {
  id: string;
  name: string;
  tier: HonorTier;
}

export async function writeTemplate(roundName: string, tiers: readonly HonorTier[], subjects: readonly TemplateSubject[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '示范行动平台';
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  const criteria = criterionColumns(tiers);
  sheet.columns = [
    { header: SUBJECT_ID.header, key: SUBJECT_ID.key, width: 38, style: { numFmt: '@' } },
    { header: SUBJECT_NAME.header, key: SUBJECT_NAME.key, width: 16 },
    { header: TIER.header, key: TIER.key, width: 12 },
    ...criteria.map((c) => ({ header: c.header, key: c.key, width: 14 })),
    { header: COMMENT.header, key: COMMENT.key, width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const s of subjects) sheet.addRow({ subjectId: s.id, subjectName: s.name, tier: TIER_LABELS[s.tier].zh });
  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '项目', width: 16 }, { header: '说明', width: 80 }];
  help.getRow(1).font = { bold: true };
  help.addRow(['评议轮次', roundName]);
  help.addRow(['每行一张票', '每张纸质群众评议票填一行；同一评议对象的多张票各占一行（复制该对象所在行）。评议对象编号与评议对象由系统导出，请勿修改。']);
  help.addRow(['评分', `只填写该对象类别的评分项，每项为${MIN_SCORE}–${MAX_SCORE}的整数；其他类别的评分项留空。`]);
  help.addRow(['评语', `可留空；最多${COMMENT_MAX}字，纯文字。`]);
  help.addRow(['导入规则', '先逐行逐列校验，任何一处有错则整表不导入；可先“试导入”（dryRun）查看结果。每导入一次即新增相应张数的评议，请勿重复导入同一文件。']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a paper-ballot file of a round of these tiers; a file the reader refuses is BAD_USER_INPUT, missing columns a row-0 error. */
export async function readPaperSheet(content: Buffer, tiers: readonly HonorTier[], signal?: AbortSignal): Promise<{ sheet: SheetData | null; missing: string[] }> {
  const columns = [
    { ...SUBJECT_ID, required: true },
    { ...SUBJECT_NAME, required: false },
    { ...TIER, required: false },
    ...criterionColumns(tiers).map((c) => ({ key: c.key, header: c.header, required: true })),
    { ...COMMENT, required: false },
  ];
  try {
    return { sheet: await readSheet(content, { sheetName: SHEET_NAME, columns }, { maxRows: MAX_PAPER_ROWS, signal }), missing: [] };
  } catch (problem) {
    if (!(problem instanceof SheetRefusal)) throw problem;
    if (problem.kind === 'missing-columns') return { sheet: null, missing: problem.headers ?? [] };
    throw badInput(problem.message, 'contentBase64');
  }
}
