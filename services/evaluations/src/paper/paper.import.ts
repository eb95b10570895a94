import type { SheetData } from '@sfxd/kit';
import { CRITERIA, type Criterion, type HonorTier } from '../criteria/criteria.names.js';
import { checkComment, checkScores, normalizeComment, type ScoreInput } from '../scores/scores.check.js';
import type { RoundSubject } from '../subject/subject.kind.js';
import { COMMENT, SUBJECT_ID, criterionColumns } from './paper.sheet.js';

export interface PaperError {
  row: number;
  column: string;
  cell: string | null;
  message: string;
}

export interface PaperBallot {
  row: number;
  subject: RoundSubject;
  scores: ScoreInput[];
  comment: string | null;
}

/**
 * Every row of a paper-ballot sheet checked against the round's subjects of the unit, each problem
 * named by its row and column (and cell): an unknown subject, a score missing, not a whole number
 * from 0 to 100, or given for a criterion of another tier, a comment too long or not plain text.
 * The ballots are returned only when there is no error at all (all or nothing).
 */
export function planPaperImport(sheet: SheetData, tiers: readonly HonorTier[], subjects: ReadonlyMap<string, RoundSubject>): { ballots: PaperBallot[]; errors: PaperError[] } {
  const errors: PaperError[] = [];
  const ballots: PaperBallot[] = [];
  const columns = criterionColumns(tiers);
  const cellOf = (key: string, row: number) => (sheet.letters[key] ? `${sheet.letters[key]}${row}` : null);
  const fail = (row: number, key: string, header: string, message: string) => errors.push({ row, column: header, cell: cellOf(key, row), message });
  for (const { row, cells } of sheet.rows) {
    const id = (cells[SUBJECT_ID.key]?.text ?? '').trim().toLowerCase();
    const subject = subjects.get(id);
    if (!subject) {
      fail(row, SUBJECT_ID.key, SUBJECT_ID.header, id ? '不是本单位本轮的评议对象 (not a subject of the unit in this round)' : '请填写评议对象编号 (the subject is missing)');
      continue;
    }
    const own = new Set<Criterion>(CRITERIA[subject.tier]);
    const scores: ScoreInput[] = [];
    let rowOk = true;
    for (const column of columns) {
      const text = (cells[column.key]?.text ?? '').trim();
      if (!own.has(column.key)) {
        if (text) {
          fail(row, column.key, column.header, '该评分项不属于此评议对象的类别，请留空 (this criterion is not of the subject’s tier: leave it empty)');
          rowOk = false;
        }
        continue;
      }
      const score = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
      if (text === '') continue; // reported by checkScores as missing
      scores.push({ criterion: column.key, score: Number.isNaN(score) ? -1 : score });
    }
    for (const problem of checkScores(subject.tier, scores)) {
      const criterion = problem.field.replace(/^scores\./, '') as Criterion;
      const column = columns.find((c) => c.key === criterion);
      fail(row, criterion, column?.header ?? problem.field, problem.message);
      rowOk = false;
    }
    const comment = cells[COMMENT.key]?.text ?? null;
    for (const problem of checkComment(comment)) {
      fail(row, COMMENT.key, COMMENT.header, problem.message);
      rowOk = false;
    }
    if (rowOk) ballots.push({ row, subject, scores: CRITERIA[subject.tier].map((c) => scores.find((s) => s.criterion === c)!), comment: normalizeComment(comment) });
  }
  if (sheet.rows.length === 0) errors.push({ row: 0, column: '', cell: null, message: '表中没有评议票 (the sheet has no ballots)' });
  return { ballots: errors.length ? [] : ballots, errors };
}
