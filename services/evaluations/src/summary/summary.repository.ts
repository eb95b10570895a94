import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@sfxd/kit';
import { EVALUATOR_KINDS, criteriaOf, type Criterion, type EvaluatorKind, type HonorTier } from '../criteria/criteria.names.js';
import { SCHEMA } from '../database-schema.js';
import { WEIGHT_KEYS } from './summary.check.js';
import { RATE_PLACES, SATISFIED_MEAN, SCORE_PLACES, expectedKinds, gradeOf, type EvaluationSummary, type RoundRules } from './summary.rules.js';

/** A subject's summary in a round, with the unit it belongs to (for the reader's scope). */
export interface StoredSummary extends EvaluationSummary {
  unitId: string | null;
}

/** What the summaries are keyed by: the subject, or the candidacy it was evaluated for. */
export type SummaryKey = 'subject_id' | 'honor_id';

interface Row {
  t: 'K' | 'C' | 'W';
  key: string;
  kind: EvaluatorKind | null;
  criterion: Criterion | null;
  n: number;
  mean: string | null;
  satisfied: number | null;
  rate: string | null;
  overall: string | null;
  tier: HonorTier;
  unit_id: string | null;
}

const num = (value: string | null) => (value === null ? null : Number(value));

/**
 * The formula of summary.rules.ts in one SQL statement, for any number of subjects of one round
 * (one statement per batch, whatever the batch's size). numeric throughout; the weighted score is
 * one division of two exact sums,
 *
 *   Σ_k w_k·S_k·Π_{j≠k} n_j  /  (C · Π_j n_j · Σ_k w_k)   over the kinds k, j present,
 *
 * which is Σ w_k·m_k / Σ w_k with m_k = S_k / (n_k·C), carried to 30 decimals before `round(…, 2)`
 * (halves away from zero, as the rules round), so no intermediate rounding moves a score across
 * a grade's line. Leaders' replaced evaluations are history and do not count.
 */
export class SummaryRepository {
  constructor(private readonly em: EntityManager) {}

  async summaries(roundId: string, round: RoundRules, key: SummaryKey, ids: readonly string[]): Promise<Map<string, StoredSummary>> {
    const wanted = [...new Set(ids.filter(isUuid))];
    const out = new Map<string, StoredSummary>();
    if (!isUuid(roundId) || wanted.length === 0) return out;
    const s = `"${SCHEMA}"`;
    const rows = await this.em.getConnection().execute<Row[]>(
      `with ev as (
         select e.id, e.${key} as key, e.kind, e.tier, e.unit_id, e.score_sum, e.criteria_count
         from ${s}."evaluation" e
         where e.round_id = ? and e.${key} in (?) and e.superseded_at is null
       ),
       k as (
         select key, kind, count(*)::int as n, sum(score_sum)::bigint as s, min(criteria_count)::int as c,
                count(*) filter (where score_sum >= ${SATISFIED_MEAN} * criteria_count)::int as satisfied,
                min(tier) as tier, min(unit_id::text)::uuid as unit_id
         from ev group by key, kind
       ),
       p as (
         select k.key, min(k.tier) as tier, min(k.unit_id::text)::uuid as unit_id, max(k.c) as c, sum(k.n)::int as n, sum(k.s) as s,
                coalesce(max(k.n) filter (where k.kind = 'MASSES'), 0) as nm, coalesce(max(k.s) filter (where k.kind = 'MASSES'), 0) as sm,
                coalesce(max(k.n) filter (where k.kind = 'PEERS'), 0) as np, coalesce(max(k.s) filter (where k.kind = 'PEERS'), 0) as sp,
                coalesce(max(k.n) filter (where k.kind = 'LEADERS'), 0) as nl, coalesce(max(k.s) filter (where k.kind = 'LEADERS'), 0) as sl
         from k group by k.key
       ),
       w as (
         select p.*, case when nm > 0 then r.weight_masses else 0 end as wm, case when np > 0 then r.weight_peers else 0 end as wp,
                case when nl > 0 then r.weight_leaders else 0 end as wl, greatest(nm, 1) as gm, greatest(np, 1) as gp, greatest(nl, 1) as gl
         from p cross join ${s}."round" r where r.id = ?
       )
       select 'W' as t, key, null as kind, null as criterion, n,
              case when wm + wp + wl > 0 then round((wm * sm * gp * gl + wp * sp * gm * gl + wl * sl * gm * gp)::numeric(60, 30)
                / (c * gm * gp * gl * (wm + wp + wl)), ${SCORE_PLACES}) end as mean,
              null::int as satisfied, null::numeric as rate, round(s::numeric(40, 20) / (n * c), ${SCORE_PLACES}) as overall, tier, unit_id
       from w
       union all
       select 'K', key, kind, null, n, round(s::numeric(40, 20) / (n * c), ${SCORE_PLACES}), satisfied,
              round(satisfied::numeric(40, 20) / n, ${RATE_PLACES}), null, tier, unit_id
       from k
       union all
       select 'C', ev.key, ev.kind, sc.criterion, count(*)::int, round(sum(sc.score)::numeric(40, 20) / count(*), ${SCORE_PLACES}), null, null, null, min(ev.tier), null
       from ev join ${s}."evaluation_score" sc on sc.evaluation_id = ev.id
       group by grouping sets ((ev.key, ev.kind, sc.criterion), (ev.key, sc.criterion))`,
      [roundId, wanted, roundId]);
    const expected = expectedKinds(round);
    const grouped = new Map<string, Row[]>();
    for (const row of rows) {
      const list = grouped.get(row.key);
      if (list) list.push(row);
      else grouped.set(row.key, [row]);
    }
    for (const [id, list] of grouped) {
      const whole = list.find((r) => r.t === 'W')!;
      const kinds = new Map(list.filter((r) => r.t === 'K').map((r) => [r.kind!, r]));
      const criteria = list.filter((r) => r.t === 'C');
      const overall = (criterion: Criterion) => criteria.find((r) => r.criterion === criterion && r.kind === null);
      const byKindOf = (criterion: Criterion, kind: EvaluatorKind) => criteria.find((r) => r.criterion === criterion && r.kind === kind);
      const tier = whole.tier;
      const total = whole.n;
      const weighted = num(whole.mean);
      const masses = kinds.get('MASSES');
      out.set(id, {
        unitId: whole.unit_id,
        tier,
        count: total,
        mean: num(whole.overall),
        byKind: EVALUATOR_KINDS.map((kind) => ({
          kind, count: kinds.get(kind)?.n ?? 0, mean: num(kinds.get(kind)?.mean ?? null), weight: round.weights[WEIGHT_KEYS[kind]], expected: expected.includes(kind),
        })),
        criteria: criteriaOf(tier).map((criterion) => ({
          criterion,
          mean: num(overall(criterion)?.mean ?? null),
          byKind: Object.fromEntries(EVALUATOR_KINDS.map((kind) => [kind, num(byKindOf(criterion, kind)?.mean ?? null)])) as Record<EvaluatorKind, number | null>,
        })),
        weightedScore: weighted,
        grade: weighted === null ? null : gradeOf(weighted),
        complete: expected.every((kind) => kinds.has(kind)),
        missingKinds: expected.filter((kind) => !kinds.has(kind)),
        satisfaction: { satisfied: masses?.satisfied ?? 0, total: masses?.n ?? 0, rate: num(masses?.rate ?? null) },
      });
    }
    return out;
  }
}
