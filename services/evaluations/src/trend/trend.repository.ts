import type { EntityManager } from '@mikro-orm/postgresql';
import { EVALUATOR_KINDS, criteriaOf, type Criterion, type EvaluatorKind, type HonorTier } from '../criteria/criteria.names.js';
import { SCHEMA } from '../database-schema.js';
import { SCORE_BUCKETS } from '../histogram/histogram.rules.js';
import { RATE_PLACES, SATISFIED_MEAN, SCORE_PLACES } from '../summary/summary.rules.js';

/** Which evaluations a trend or a histogram counts: the city's, an industry's or a unit's, of one tier or all. */
export interface TrendFilter {
  unitId: string | null;
  industryId: string | null;
  tier: HonorTier | null;
}

export type Grain = 'ROUND' | 'MONTH' | 'YEAR';

export interface TrendRow {
  grain: Grain;
  /** The round's id, the month (YYYY-MM, Beijing) or the campaign year. */
  key: string;
  count: number;
  weightedScore: number | null;
  masses: number;
  satisfied: number;
  satisfactionRate: number | null;
}

export interface UnitScoreRow {
  unitId: string;
  count: number;
  weightedScore: number | null;
  masses: number;
  satisfactionRate: number | null;
}

export interface CriterionMeanRow {
  criterion: Criterion;
  mean: number | null;
  byKind: { kind: EvaluatorKind; mean: number | null }[];
}

/** Which rounds a ranking or a criteria profile counts: one round, or every round of a campaign. */
export interface RoundScope {
  campaignId: string | null;
  roundId: string | null;
}

export interface HistogramRow {
  kind: EvaluatorKind;
  counts: number[];
}

/** Beijing: months are the users' months, not the server's. */
const ZONE = 'Asia/Shanghai';

/**
 * Trends and distributions, aggregated in SQL over the stored evaluations (leaders' replaced ones
 * left out). A point's weighted score is the summary's formula applied to the group as one
 * subject: Σ_k w_k·m_k / Σ_k w_k over the kinds present, where m_k is the mean of the kind's
 * evaluations' means (each evaluation counts once, whatever its tier's number of criteria) and
 * w_k the round's weight of the kind — averaged over the group's evaluations when a month or a
 * year spans rounds whose weights differ. Satisfaction is the share of MASSES evaluations whose
 * mean is 80 or more.
 */
export class TrendRepository {
  constructor(private readonly em: EntityManager) {}

  private where(filter: TrendFilter, params: unknown[]): string {
    const clauses = ['e.superseded_at is null'];
    if (filter.unitId) {
      clauses.push('e.unit_id = ?');
      params.push(filter.unitId);
    }
    if (filter.industryId) {
      clauses.push('e.industry_id = ?');
      params.push(filter.industryId);
    }
    if (filter.tier) {
      clauses.push('e.tier = ?');
      params.push(filter.tier);
    }
    return clauses.join(' and ');
  }

  /** Points per round and per month (of one campaign's rounds, or of all) and per campaign year (always all), in one statement. */
  async trend(campaignId: string | null, filter: TrendFilter): Promise<TrendRow[]> {
    const s = `"${SCHEMA}"`;
    const params: unknown[] = [];
    const where = this.where(filter, params);
    const campaign = campaignId ? 'where campaign_id = ?' : '';
    if (campaignId) params.push(campaignId, campaignId);
    const groups = (grain: Grain, key: string, filtered: boolean) => `
      select '${grain}' as grain, ${key} as key, kind, count(*) as n, avg(m) as mean, avg(w) as w, count(*) filter (where satisfied) as sat
      from ev ${filtered ? campaign : ''} group by ${key}, kind`;
    const rows = await this.em.getConnection().execute<{ grain: Grain; key: string; count: number; weighted: string | null; masses: number; satisfied: number; rate: string | null }[]>(
      `with ev as (
         select e.round_id, r.campaign_id, r.campaign_year, e.kind,
                to_char(e.submitted_at at time zone '${ZONE}', 'YYYY-MM') as month,
                e.score_sum::numeric(40, 20) / e.criteria_count as m,
                e.score_sum >= ${SATISFIED_MEAN} * e.criteria_count as satisfied,
                case e.kind when 'MASSES' then r.weight_masses when 'PEERS' then r.weight_peers else r.weight_leaders end as w
         from ${s}."evaluation" e join ${s}."round" r on r.id = e.round_id
         where ${where}
       ),
       g as (${groups('ROUND', 'round_id::text', true)} union all ${groups('MONTH', 'month', true)} union all ${groups('YEAR', 'campaign_year::text', false)})
       select grain, key, sum(n)::int as count,
              case when coalesce(sum(w) filter (where w > 0), 0) > 0
                then round((sum(w * mean) filter (where w > 0))::numeric(60, 30) / sum(w) filter (where w > 0), ${SCORE_PLACES}) end as weighted,
              coalesce(sum(n) filter (where kind = 'MASSES'), 0)::int as masses, coalesce(sum(sat) filter (where kind = 'MASSES'), 0)::int as satisfied,
              round((sum(sat) filter (where kind = 'MASSES'))::numeric(40, 20) / nullif(sum(n) filter (where kind = 'MASSES'), 0), ${RATE_PLACES}) as rate
       from g group by grain, key order by grain, key`,
      params);
    return rows.map((r) => ({
      grain: r.grain, key: r.key, count: r.count, weightedScore: r.weighted === null ? null : Number(r.weighted), masses: r.masses, satisfied: r.satisfied,
      satisfactionRate: r.rate === null ? null : Number(r.rate),
    }));
  }

  private roundWhere(scope: RoundScope, params: unknown[]): string {
    const clauses: string[] = [];
    if (scope.campaignId) {
      clauses.push('r.campaign_id = ?');
      params.push(scope.campaignId);
    }
    if (scope.roundId) {
      clauses.push('e.round_id = ?');
      params.push(scope.roundId);
    }
    return clauses.length ? clauses.join(' and ') : 'true';
  }

  /**
   * 单位评议排名: each unit's evaluations (of its members, teams and itself; industries have no
   * unit) taken together, with the trend's formula, highest weighted score first — one statement
   * whatever the number of units.
   */
  async unitScores(scope: RoundScope, filter: TrendFilter): Promise<UnitScoreRow[]> {
    const s = `"${SCHEMA}"`;
    const params: unknown[] = [];
    const where = `${this.where(filter, params)} and e.unit_id is not null and ${this.roundWhere(scope, params)}`;
    const rows = await this.em.getConnection().execute<{ unit_id: string; count: number; weighted: string | null; masses: number; rate: string | null }[]>(
      `with g as (
         select e.unit_id, e.kind, count(*) as n,
                avg(e.score_sum::numeric(40, 20) / e.criteria_count) as mean,
                avg(case e.kind when 'MASSES' then r.weight_masses when 'PEERS' then r.weight_peers else r.weight_leaders end) as w,
                count(*) filter (where e.score_sum >= ${SATISFIED_MEAN} * e.criteria_count) as sat
         from ${s}."evaluation" e join ${s}."round" r on r.id = e.round_id
         where ${where}
         group by e.unit_id, e.kind
       )
       select unit_id, sum(n)::int as count,
              case when coalesce(sum(w) filter (where w > 0), 0) > 0
                then round((sum(w * mean) filter (where w > 0))::numeric(60, 30) / sum(w) filter (where w > 0), ${SCORE_PLACES}) end as weighted,
              coalesce(sum(n) filter (where kind = 'MASSES'), 0)::int as masses,
              round((sum(sat) filter (where kind = 'MASSES'))::numeric(40, 20) / nullif(sum(n) filter (where kind = 'MASSES'), 0), ${RATE_PLACES}) as rate
       from g group by unit_id
       order by weighted desc nulls last, unit_id`,
      params);
    return rows.map((r) => ({
      unitId: r.unit_id, count: r.count, weightedScore: r.weighted === null ? null : Number(r.weighted), masses: r.masses,
      satisfactionRate: r.rate === null ? null : Number(r.rate),
    }));
  }

  /**
   * 评议指标画像: the mean score of each of a tier's criteria over the evaluations counted, overall
   * and per evaluator kind (each evaluation counts once per criterion), in one statement.
   */
  async criterionMeans(tier: HonorTier, scope: RoundScope, filter: TrendFilter, subjectId: string | null): Promise<CriterionMeanRow[]> {
    const s = `"${SCHEMA}"`;
    const params: unknown[] = [];
    let where = `${this.where({ ...filter, tier }, params)} and ${this.roundWhere(scope, params)}`;
    if (subjectId) {
      where += ' and e.subject_id = ?';
      params.push(subjectId);
    }
    const rows = await this.em.getConnection().execute<{ criterion: Criterion; kind: EvaluatorKind | null; mean: string | null }[]>(
      `select sc.criterion, e.kind, round(avg(sc.score)::numeric(40, 20), ${SCORE_PLACES}) as mean
       from ${s}."evaluation" e join ${s}."round" r on r.id = e.round_id join ${s}."evaluation_score" sc on sc.evaluation_id = e.id
       where ${where}
       group by grouping sets ((sc.criterion, e.kind), (sc.criterion))`,
      params);
    const meanOf = (criterion: Criterion, kind: EvaluatorKind | null) => {
      const row = rows.find((r) => r.criterion === criterion && r.kind === kind);
      return row?.mean == null ? null : Number(row.mean);
    };
    return criteriaOf(tier).map((criterion) => ({
      criterion, mean: meanOf(criterion, null), byKind: EVALUATOR_KINDS.map((kind) => ({ kind, mean: meanOf(criterion, kind) })),
    }));
  }

  /** Evaluations of a round per kind and bucket of their means (histogram.rules.ts's buckets, tested in whole numbers). */
  async histogram(roundId: string, filter: TrendFilter): Promise<HistogramRow[]> {
    const params: unknown[] = [roundId];
    const where = this.where(filter, params);
    const bucket = `case ${[...SCORE_BUCKETS.keys()].reverse().map((i) => `when e.score_sum >= ${SCORE_BUCKETS[i]!.from} * e.criteria_count then ${i}`).join(' ')} end`;
    const rows = await this.em.getConnection().execute<{ kind: EvaluatorKind; bucket: number; n: number }[]>(
      `select e.kind, ${bucket} as bucket, count(*)::int as n from "${SCHEMA}"."evaluation" e where e.round_id = ? and ${where} group by 1, 2`,
      params);
    return EVALUATOR_KINDS.map((kind) => {
      const counts = SCORE_BUCKETS.map(() => 0);
      for (const row of rows) if (row.kind === kind) counts[row.bucket] = row.n;
      return { kind, counts };
    });
  }
}
