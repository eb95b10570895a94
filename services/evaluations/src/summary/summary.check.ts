import { EVALUATOR_KIND_LABELS, EVALUATOR_KINDS, ROUND_EVALUATOR_KINDS, isRoundKind, type EvaluatorKind, type RoundKind } from '../criteria/criteria.names.js';
import type { Problem } from '../problem.js';

/**
 * How much each evaluator kind weighs in a subject's weighted score. The same shape as a
 * campaign's weights in `@sfxd/honors`, from which a round copies them when it is created.
 */
export interface EvaluationWeights {
  masses: number;
  peers: number;
  leaders: number;
}

export const WEIGHT_KEYS: Readonly<Record<EvaluatorKind, keyof EvaluationWeights>> = { MASSES: 'masses', PEERS: 'peers', LEADERS: 'leaders' };
/** Weights are typed as decimals (0.7 + 0.2 + 0.1 is 0.9999999999999999 in floating point). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

/**
 * Problems of a round's weights, each named `weights.masses` etc.: every weight a number, 0 or
 * more, and together 1 within 1e-9. Given the round's kind, also refuses weights that give no
 * kind the round takes any weight (a mass review with the masses at 0 could never be scored).
 */
export function checkWeights(weights: EvaluationWeights, roundKind?: RoundKind, field = 'weights'): Problem[] {
  if (weights == null || typeof weights !== 'object') {
    return [{ field, message: '应给出群众、党员、领导三方权重 (weights for masses, peers and leaders are needed)' }];
  }
  const problems: Problem[] = [];
  for (const kind of EVALUATOR_KINDS) {
    const key = WEIGHT_KEYS[kind];
    const w: unknown = weights[key];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      problems.push({ field: `${field}.${key}`, message: `${EVALUATOR_KIND_LABELS[kind].zh}权重应为不小于0的数 (${field}.${key} must be a number, 0 or more)` });
    }
  }
  if (problems.length > 0) return problems;
  const sum = weights.masses + weights.peers + weights.leaders;
  if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    const shown = Number(sum.toFixed(6));
    problems.push({ field, message: `三方权重之和应为1，现为${shown} (weights must sum to 1; they sum to ${shown})` });
  } else if (roundKind !== undefined) {
    if (!isRoundKind(roundKind)) throw new RangeError(`Unknown round kind ${JSON.stringify(roundKind)}`);
    const kinds = ROUND_EVALUATOR_KINDS[roundKind];
    if (kinds.every((kind) => weights[WEIGHT_KEYS[kind]] === 0)) {
      const names = kinds.map((k) => EVALUATOR_KIND_LABELS[k].zh).join('、');
      problems.push({ field, message: `本轮只有${names}，其权重不能为0 (this round takes ${kinds.join(', ')} only, so their weight cannot be 0)` });
    }
  }
  return problems;
}
