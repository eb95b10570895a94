import {
  CRITERION_LABELS, TIER_LABELS, criteriaOf, isCriterion, isHonorTier, tierOf, type Criterion, type HonorTier,
} from '../criteria/criteria.names.js';
import type { Problem } from '../problem.js';

export const MIN_SCORE = 0;
export const MAX_SCORE = 100;
/** More entries than any tier has criteria, with room for a sheet's mistakes; beyond it the list is refused whole. */
export const MAX_SCORE_ENTRIES = 50;
export const COMMENT_MAX = 500;

/** One criterion's score as `submitEvaluation` and the paper-ballot import give it. */
export interface ScoreInput {
  criterion: Criterion;
  score: number;
}

const named = (criterion: Criterion) => `“${CRITERION_LABELS[criterion].label.zh}”`;

/**
 * Problems of an evaluation's scores for a subject of `tier`, each naming its criterion as
 * `scores.<CRITERION>` (an entry whose criterion is no criterion at all is `scores[i].criterion`);
 * empty when every criterion of the tier has exactly one whole-number score from 0 to 100 and
 * nothing else is scored. One problem per field, the most basic first: a criterion of another tier,
 * then a repeated one, then its value; missing criteria come last, in the tier's order.
 */
export function checkScores(tier: HonorTier, scores: readonly ScoreInput[]): Problem[] {
  if (!isHonorTier(tier)) throw new RangeError(`Unknown tier ${JSON.stringify(tier)}`);
  if (!Array.isArray(scores)) return [{ field: 'scores', message: '评分应为列表 (scores must be a list)' }];
  if (scores.length > MAX_SCORE_ENTRIES) {
    return [{ field: 'scores', message: `评分项过多，最多${MAX_SCORE_ENTRIES}项 (too many scores: at most ${MAX_SCORE_ENTRIES})` }];
  }
  const problems = new Map<string, string>();
  const add = (field: string, message: string) => {
    if (!problems.has(field)) problems.set(field, message);
  };
  const own = criteriaOf(tier);
  const seen = new Set<Criterion>();
  scores.forEach((entry: unknown, i) => {
    const criterion = (entry as Partial<ScoreInput> | null)?.criterion;
    if (!isCriterion(criterion)) {
      add(`scores[${i}].criterion`, '未知评分项 (unknown criterion)');
      return;
    }
    const field = `scores.${criterion}`;
    if (!own.includes(criterion)) {
      const other = tierOf(criterion);
      add(field, `${named(criterion)}是${TIER_LABELS[other].zh}的评分项，不适用于${TIER_LABELS[tier].zh} (${criterion} is a ${other} criterion, not one of ${tier})`);
      return;
    }
    if (seen.has(criterion)) {
      add(field, `${named(criterion)}重复评分 (${criterion} is scored more than once)`);
      return;
    }
    seen.add(criterion);
    const score = (entry as { score?: unknown }).score;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) {
      add(field, `${named(criterion)}的评分应为${MIN_SCORE}–${MAX_SCORE}的整数 (${criterion} must be a whole number from ${MIN_SCORE} to ${MAX_SCORE})`);
    }
  });
  for (const criterion of own) {
    if (!seen.has(criterion)) add(`scores.${criterion}`, `缺少${named(criterion)}的评分 (${criterion} is not scored)`);
  }
  return [...problems].map(([field, message]) => ({ field, message }));
}

/** Explicit direction embeddings and overrides (U+202A–202E), isolates (U+2066–2069) and marks (U+200E, U+200F, U+061C). */
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
/** C0 controls but tab, line feed and carriage return; DEL; C1 controls. NUL is among them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A comment as it is stored: trimmed, line breaks written `\n`, `null` when blank. Check it with
 * `checkComment` first.
 */
export function normalizeComment(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}

/**
 * Problems of an evaluation's comment: plain text of at most 500 characters once normalised
 * (counted as Unicode characters, so an emoji counts once), with line breaks and tabs but no NUL
 * or other control character, no direction-changing character (which could make a comment read
 * differently from what it says, on the dashboard and in exported sheets) and no half of a
 * surrogate pair (not text: PostgreSQL and XLSX refuse it). No comment is fine.
 */
export function checkComment(value: unknown, field = 'comment'): Problem[] {
  if (value == null) return [];
  if (typeof value !== 'string') return [{ field, message: '评语应为文字 (comment must be text)' }];
  const problems: Problem[] = [];
  const lone = LONE_SURROGATE.exec(value);
  if (lone) {
    problems.push({ field, message: `评语含有无效字符，位于第${[...value.slice(0, lone.index)].length + 1}个字符 (comment contains a lone surrogate, which is not text)` });
    return problems;
  }
  const text = normalizeComment(value) ?? '';
  const length = [...text].length;
  if (length > COMMENT_MAX) {
    problems.push({ field, message: `评语最多${COMMENT_MAX}个字，现为${length}个字 (comment must be at most ${COMMENT_MAX} characters; it has ${length})` });
  }
  for (const [pattern, zh, en] of [[CONTROL, '控制字符', 'a control character'], [BIDI, '文字方向控制字符', 'a text-direction control character']] as const) {
    const found = pattern.exec(text);
    if (found) {
      const at = [...text.slice(0, found.index)].length + 1;
      problems.push({ field, message: `评语第${at}个字符是${zh} ${hex(found[0])}，请删除 (comment contains ${en}, ${hex(found[0])}, at character ${at})` });
    }
  }
  return problems;
}
