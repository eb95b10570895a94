import { FIRST_YEAR, LAST_YEAR, isIsoDate, yearOf } from '../dates.js';
import type { Problem } from '../problem.js';
import type { CampaignSettings } from './campaign.defaults.js';

export const MAX_CAMPAIGN_NAME = 64;
export const MAX_PHASE_NAME = 20;
export const MAX_PHASES = 12;
export const MAX_PUBLICITY_WORKING_DAYS = 30;
/** Weights are typed as decimals (0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

type Loose = Partial<Record<string, unknown>>;

function isText(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Problems of a campaign's settings, each with its field, Chinese first and English in brackets;
 * empty when the campaign can be saved. `updateCampaign` checks the campaign as it would be after
 * the update (stored values merged with the changed ones), so a change is judged with the rest.
 */
export function checkCampaign(settings: CampaignSettings): Problem[] {
  const c = (settings ?? {}) as unknown as Loose;
  const problems: Problem[] = [];
  const year = c.year;
  const yearOk = Number.isInteger(year) && (year as number) >= FIRST_YEAR && (year as number) <= LAST_YEAR;
  if (!yearOk) problems.push({ field: 'year', message: `年度应为${FIRST_YEAR}–${LAST_YEAR}之间的整数 (year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR})` });

  if (!isText(c.name, MAX_CAMPAIGN_NAME)) {
    problems.push({ field: 'name', message: `活动名称应为1–${MAX_CAMPAIGN_NAME}个字 (name must be 1–${MAX_CAMPAIGN_NAME} characters)` });
  }

  /** A valid date inside the campaign's year, else a problem for `field`. */
  const dateInYear = (field: string, value: unknown): value is string => {
    if (!isIsoDate(value)) {
      problems.push({ field, message: '不是有效日期，应为 YYYY-MM-DD (not a valid date)' });
      return false;
    }
    if (yearOk && yearOf(value) !== year) {
      problems.push({ field, message: `日期应在${year}年度内 (date must be in the campaign's year ${year})` });
      return false;
    }
    return true;
  };

  if (!Array.isArray(c.phases) || c.phases.length === 0 || c.phases.length > MAX_PHASES) {
    problems.push({ field: 'phases', message: `应有1–${MAX_PHASES}个阶段 (a campaign has 1–${MAX_PHASES} phases)` });
  } else {
    let previous: { index: number; startsOn: string; endsOn: string } | null = null;
    c.phases.forEach((raw: unknown, i: number) => {
      const p = (raw ?? {}) as Loose;
      const at = `phases[${i}]`;
      if (!isText(p.name, MAX_PHASE_NAME)) {
        problems.push({ field: `${at}.name`, message: `阶段名称应为1–${MAX_PHASE_NAME}个字 (phase name must be 1–${MAX_PHASE_NAME} characters)` });
      }
      const startOk = dateInYear(`${at}.startsOn`, p.startsOn);
      const endOk = dateInYear(`${at}.endsOn`, p.endsOn);
      if (!startOk || !endOk) return;
      const [startsOn, endsOn] = [p.startsOn as string, p.endsOn as string];
      if (startsOn > endsOn) {
        problems.push({ field: `${at}.endsOn`, message: '阶段结束日期不能早于开始日期 (phase ends before it starts)' });
        return;
      }
      if (previous) {
        if (startsOn < previous.startsOn) {
          problems.push({ field: `${at}.startsOn`, message: `各阶段应按时间先后排列，本阶段早于第${previous.index + 1}阶段 (phases must be in order: this one starts before phase ${previous.index + 1})` });
        } else if (startsOn <= previous.endsOn) {
          problems.push({ field: `${at}.startsOn`, message: `与第${previous.index + 1}阶段重叠，应在${previous.endsOn}之后开始 (overlaps phase ${previous.index + 1}: start after ${previous.endsOn})` });
        }
      }
      previous = { index: i, startsOn, endsOn };
    });
  }

  dateInYear('ledgerDueOn', c.ledgerDueOn);
  dateInYear('firstBatchBy', c.firstBatchBy);

  const ratios: Array<[string, string]> = [['postRatio', '示范岗比例'], ['teamRatio', '示范团队比例'], ['unitRatio', '示范单位比例']];
  for (const [field, label] of ratios) {
    const r = c[field];
    if (!isFiniteNumber(r) || r <= 0 || r > 1) {
      problems.push({ field, message: `${label}应大于0且不超过1，如0.10表示10% (${field} must be more than 0 and at most 1; 0.10 is 10%)` });
    }
  }

  const minOk = Number.isInteger(c.industryMin) && (c.industryMin as number) >= 0;
  const maxOk = Number.isInteger(c.industryMax) && (c.industryMax as number) >= 1;
  if (!minOk) problems.push({ field: 'industryMin', message: '示范行业最少个数应为不小于0的整数 (industryMin must be a whole number, 0 or more)' });
  if (!maxOk) problems.push({ field: 'industryMax', message: '示范行业最多个数应为不小于1的整数 (industryMax must be a whole number, 1 or more)' });
  if (minOk && maxOk && (c.industryMin as number) > (c.industryMax as number)) {
    problems.push({ field: 'industryMax', message: '示范行业最多个数不能少于最少个数 (industryMax must not be less than industryMin)' });
  }

  const weights = c.weights as Loose | undefined;
  if (weights == null || typeof weights !== 'object') {
    problems.push({ field: 'weights', message: '应给出群众、党员、领导三方权重 (weights for masses, peers and leaders are needed)' });
  } else {
    const kinds: Array<[string, string]> = [['masses', '群众评议'], ['peers', '党员互评'], ['leaders', '领导点评']];
    let allOk = true;
    for (const [kind, label] of kinds) {
      const w = weights[kind];
      if (!isFiniteNumber(w) || w < 0) {
        problems.push({ field: `weights.${kind}`, message: `${label}权重应为不小于0的数 (weights.${kind} must be a number, 0 or more)` });
        allOk = false;
      }
    }
    if (allOk) {
      const sum = (weights.masses as number) + (weights.peers as number) + (weights.leaders as number);
      if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
        problems.push({ field: 'weights', message: `三方权重之和应为1，现为${Number(sum.toFixed(6))} (weights must sum to 1; they sum to ${Number(sum.toFixed(6))})` });
      }
    }
  }

  const days = c.publicityWorkingDays;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_PUBLICITY_WORKING_DAYS) {
    problems.push({ field: 'publicityWorkingDays', message: `公示期应为1–${MAX_PUBLICITY_WORKING_DAYS}个工作日 (publicityWorkingDays must be a whole number from 1 to ${MAX_PUBLICITY_WORKING_DAYS})` });
  }
  return problems;
}
