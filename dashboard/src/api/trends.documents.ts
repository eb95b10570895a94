import { graphql } from './gql/index.js';

// 评议趋势's operations, typed by codegen from schema/api.graphql like ./documents.ts.

/** The scope selector's choices: every industry and unit (the excluded ones are left out of the ranking, not of the scope). */
export const TrendScopeUnits = graphql(`
  query TrendScopeUnits {
    units(includeExcluded: true) {
      id
      code
      name
      excluded
      industry {
        id
        code
        name
      }
    }
  }
`);

/**
 * A scope's trend in a year (per round and month, and every year) and the previous year's months,
 * in one request. Without a previous campaign `previous` is skipped: a null campaignId would mean all.
 */
export const EvaluationTrends = graphql(`
  query EvaluationTrends($campaignId: ID!, $previousId: ID, $hasPrevious: Boolean!, $unitId: ID, $industryId: ID) {
    current: evaluationTrend(campaignId: $campaignId, unitId: $unitId, industryId: $industryId) {
      byRound {
        round {
          id
          name
          kind
          opensOn
        }
        count
        weightedScore
        massesCount
        satisfactionRate
      }
      byMonth {
        month
        count
        weightedScore
        massesCount
        satisfactionRate
      }
      byYear {
        year
        count
        weightedScore
        massesCount
        satisfactionRate
      }
    }
    previous: evaluationTrend(campaignId: $previousId, unitId: $unitId, industryId: $industryId) @include(if: $hasPrevious) {
      byMonth {
        month
        count
        weightedScore
        massesCount
        satisfactionRate
      }
    }
  }
`);

/** 三评分布: a round's evaluations per evaluator kind and score bucket. */
export const EvaluationKinds = graphql(`
  query EvaluationKinds($roundId: ID!, $unitId: ID, $industryId: ID) {
    evaluationHistogram(roundId: $roundId, unitId: $unitId, industryId: $industryId) {
      kind
      total
      buckets {
        from
        to
        label
        count
      }
    }
  }
`);

/** 指标雷达: a tier's criteria means, overall and per kind, of the scope (or one subject) in a year or a round. */
export const EvaluationRadar = graphql(`
  query EvaluationRadar($tier: HonorTier!, $campaignId: ID, $roundId: ID, $unitId: ID, $industryId: ID, $subjectId: ID) {
    evaluationCriteria(tier: $tier, campaignId: $campaignId, roundId: $roundId, unitId: $unitId, industryId: $industryId, subjectId: $subjectId) {
      criterion
      label
      mean
      byKind {
        kind
        mean
      }
    }
  }
`);

/** 单位评议排名: every unit's weighted score in a year or a round, highest first. */
export const EvaluationRanking = graphql(`
  query EvaluationRanking($campaignId: ID, $roundId: ID, $industryId: ID) {
    evaluationUnitRanking(campaignId: $campaignId, roundId: $roundId, industryId: $industryId) {
      unit {
        id
        name
        excluded
      }
      count
      weightedScore
      massesCount
      satisfactionRate
    }
  }
`);
