import { request } from '../api/client.js';
import { EvaluationKinds, EvaluationRadar, EvaluationRanking, EvaluationTrends, TrendScopeUnits } from '../api/trends.documents.js';
import type { HonorTier } from '../api/gql/graphql.js';
import { rankedUnits, scopeFilter, type TrendScope } from '../model/trends.js';

// 评议趋势's requests: each part of the view asks once, the figures aggregated by the gateway's evaluations subgraph.

export async function scopeUnits() {
  return (await request(TrendScopeUnits, {})).units;
}

/** The scope's trend in a campaign and the previous campaign's months, in one request. */
export function scopeTrends(campaignId: string, previousId: string | undefined, scope: TrendScope) {
  return request(EvaluationTrends, { campaignId, previousId: previousId ?? null, hasPrevious: previousId !== undefined, ...scopeFilter(scope) });
}

export async function kindHistogram(roundId: string, scope: TrendScope) {
  return (await request(EvaluationKinds, { roundId, ...scopeFilter(scope) })).evaluationHistogram;
}

/** A year's (or one round's) criteria means of the scope's subjects of one tier. */
export async function criteriaMeans(tier: HonorTier, period: { campaignId: string | null; roundId: string | null }, scope: TrendScope) {
  return (await request(EvaluationRadar, { tier, ...period, ...scopeFilter(scope), subjectId: null })).evaluationCriteria;
}

/** Units by weighted score in a year (or one round), of the city or one industry; the excluded units left out. */
export async function unitRanking(period: { campaignId: string | null; roundId: string | null }, industryId: string | null) {
  return rankedUnits((await request(EvaluationRanking, { ...period, industryId })).evaluationUnitRanking);
}
