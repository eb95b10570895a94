import { checkName, isIsoDate, type Problem } from '@sfxd/kit';
import { HONOR_TIERS, isHonorTier, type HonorTier, type RoundKind } from '../criteria/criteria.names.js';
import { checkWeights, WEIGHT_KEYS, type EvaluationWeights } from '../summary/summary.check.js';
import { EVALUATOR_KINDS } from '../criteria/criteria.names.js';

export const ROUND_NAME_MAX = 64;
/** A round spans at most this many days (a year, leap day included). */
export const MAX_ROUND_DAYS = 366;
/** Weights are stored as numeric(5, 4): exact decimals, which the summary's SQL needs. */
export const WEIGHT_PLACES = 4;

/** A round's settings as they are checked together after every change. */
export interface RoundSettings {
  name: string;
  kind: RoundKind;
  opensOn: string;
  closesOn: string;
  tiers: HonorTier[];
  weights: EvaluationWeights;
}

const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Problems of a round's settings, each naming its field. */
export function checkRound(s: RoundSettings): Problem[] {
  const problems: Problem[] = [...checkName(s.name, 'name', ROUND_NAME_MAX, '轮次名称')];
  if (!isIsoDate(s.opensOn)) problems.push({ field: 'opensOn', message: 'opensOn must be a date YYYY-MM-DD' });
  if (!isIsoDate(s.closesOn)) problems.push({ field: 'closesOn', message: 'closesOn must be a date YYYY-MM-DD' });
  else if (isIsoDate(s.opensOn)) {
    if (s.closesOn < s.opensOn) problems.push({ field: 'closesOn', message: `结束日期不能早于开始日期 (closesOn must be on or after opensOn, ${s.opensOn})` });
    else if (days(s.opensOn, s.closesOn) >= MAX_ROUND_DAYS) problems.push({ field: 'closesOn', message: `一轮评议最长${MAX_ROUND_DAYS}天 (a round lasts at most ${MAX_ROUND_DAYS} days)` });
  }
  if (s.tiers.length === 0) problems.push({ field: 'tiers', message: '至少评议一个层级 (tiers must name at least one tier)' });
  else if (s.tiers.some((t) => !isHonorTier(t)) || new Set(s.tiers).size !== s.tiers.length) {
    problems.push({ field: 'tiers', message: `tiers must be distinct tiers of ${HONOR_TIERS.join(', ')}` });
  }
  problems.push(...checkWeights(s.weights, s.kind));
  for (const kind of EVALUATOR_KINDS) {
    const key = WEIGHT_KEYS[kind];
    const w = s.weights?.[key];
    if (typeof w === 'number' && Number.isFinite(w) && Math.round(w * 10 ** WEIGHT_PLACES) / 10 ** WEIGHT_PLACES !== w) {
      problems.push({ field: `weights.${key}`, message: `权重最多${WEIGHT_PLACES}位小数 (weights.${key} has more than ${WEIGHT_PLACES} decimals)` });
    }
  }
  return problems;
}

/** The tiers in the rules' order. */
export const orderedTiers = (tiers: readonly HonorTier[]) => HONOR_TIERS.filter((t) => tiers.includes(t));
