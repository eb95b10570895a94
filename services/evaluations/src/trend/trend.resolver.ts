import { SignedIn, isUuid, refuse } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { HonorTier } from '../criteria/criteria.names.js';
import { HonorTierEnum } from '../graphql/enums.js';
import { SCORE_BUCKETS } from '../histogram/histogram.rules.js';
import { EvaluationRound } from '../round/round.entity.js';
import { Unit, stubOf } from '../subject/subject.stubs.js';
import { CriterionSummary, KindMean } from '../summary/summary.types.js';
import { TrendRepository, type RoundScope, type TrendFilter } from './trend.repository.js';
import { EvaluationTrend, KindHistogram, TrendPoint, UnitEvaluationScore } from './trend.types.js';

const NO_MATCH = '00000000-0000-0000-0000-000000000000';

/** A filter whose ids are UUIDs; any other id matches nothing (no record has it). */
function filterOf(unitId: string | null | undefined, industryId: string | null | undefined, tier: HonorTier | null | undefined): TrendFilter {
  const id = (value: string | null | undefined) => (value == null ? null : isUuid(value) ? value : NO_MATCH);
  return { unitId: id(unitId), industryId: id(industryId), tier: tier ?? null };
}

const idOrNoMatch = (value: string | null | undefined) => (value == null ? null : isUuid(value) ? value : NO_MATCH);

/** Rounds counted: one round, or a campaign's; at least one of them is given (the city's every year together means nothing). */
function scopeOf(campaignId: string | null | undefined, roundId: string | null | undefined): RoundScope {
  if (campaignId == null && roundId == null) refuse([{ field: 'campaignId', message: 'campaignId or roundId is required' }]);
  return { campaignId: idOrNoMatch(campaignId), roundId: idOrNoMatch(roundId) };
}

/** Per-unit and city-wide aggregates without personal data: every signed-in role's (DESIGN.md §3). */
@Resolver(() => EvaluationTrend)
export class TrendResolver {
  @SignedIn()
  @Query(() => EvaluationTrend, { description: '评议趋势: weighted score, satisfaction and count per round, month and campaign year — the city’s, or an industry’s, a unit’s, of one tier. Aggregated in SQL, one statement' })
  async evaluationTrend(
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('industryId', () => ID, { nullable: true }) industryId: string | null | undefined,
    @Arg('tier', () => HonorTierEnum, { nullable: true }) tier: HonorTier | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<EvaluationTrend> {
    return ctx.answers.get('evaluationTrend', [campaignId, unitId, industryId, tier], ctx.caller, () => this.trend(campaignId, unitId, industryId, tier, ctx));
  }

  private async trend(campaignId: string | null | undefined, unitId: string | null | undefined, industryId: string | null | undefined, tier: HonorTier | null | undefined, ctx: Context): Promise<EvaluationTrend> {
    const campaign = campaignId == null ? null : isUuid(campaignId) ? campaignId : NO_MATCH;
    const rows = await new TrendRepository(ctx.em).trend(campaign, filterOf(unitId, industryId, tier));
    const rounds = new Map((await Promise.all(rows.filter((r) => r.grain === 'ROUND').map((r) => ctx.loaders.round.load(r.key)))).filter((r) => r).map((r) => [r!.id, r!]));
    const byRound = rows.filter((r) => r.grain === 'ROUND' && rounds.has(r.key))
      .sort((a, b) => rounds.get(a.key)!.opensOn.localeCompare(rounds.get(b.key)!.opensOn) || a.key.localeCompare(b.key));
    return Object.assign(new EvaluationTrend(), {
      byRound: byRound.map(TrendPoint.of),
      byMonth: rows.filter((r) => r.grain === 'MONTH').map(TrendPoint.of),
      byYear: rows.filter((r) => r.grain === 'YEAR').map(TrendPoint.of),
    });
  }

  @SignedIn()
  @Query(() => [UnitEvaluationScore], {
    description: '单位评议排名: every unit with evaluations in a campaign (or one round), its members’, teams’ and its own together, highest weighted score first (units without a weighted kind last). Optionally of an industry or a tier. One SQL statement; the units that run their own action are included: read Unit.excluded to leave them out',
  })
  async evaluationUnitRanking(
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined,
    @Arg('roundId', () => ID, { nullable: true }) roundId: string | null | undefined,
    @Arg('industryId', () => ID, { nullable: true }) industryId: string | null | undefined,
    @Arg('tier', () => HonorTierEnum, { nullable: true }) tier: HonorTier | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<UnitEvaluationScore[]> {
    const scope = scopeOf(campaignId, roundId);
    return ctx.answers.get('evaluationUnitRanking', [scope, industryId, tier], ctx.caller, async () =>
      (await new TrendRepository(ctx.em).unitScores(scope, filterOf(null, industryId, tier))).map(UnitEvaluationScore.of));
  }

  @SignedIn()
  @Query(() => [CriterionSummary], {
    description: '评议指标画像 for a radar: the mean of each of a tier’s criteria (in order, with Chinese names), overall and per evaluator kind, over a campaign’s (or one round’s) evaluations of the city, an industry, a unit or one subject. One SQL statement',
  })
  async evaluationCriteria(
    @Arg('tier', () => HonorTierEnum) tier: HonorTier,
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null | undefined,
    @Arg('roundId', () => ID, { nullable: true }) roundId: string | null | undefined,
    @Arg('industryId', () => ID, { nullable: true }) industryId: string | null | undefined,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('subjectId', () => ID, { nullable: true, description: 'A member, team, unit or industry evaluated at this tier' }) subjectId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<CriterionSummary[]> {
    const scope = scopeOf(campaignId, roundId);
    return ctx.answers.get('evaluationCriteria', [tier, scope, industryId, unitId, subjectId], ctx.caller, async () => {
      const rows = await new TrendRepository(ctx.em).criterionMeans(tier, scope, filterOf(unitId, industryId, tier), idOrNoMatch(subjectId));
      return rows.map((row) => Object.assign(new CriterionSummary(), {
        criterion: row.criterion, mean: row.mean, byKind: row.byKind.map((k) => Object.assign(new KindMean(), k)),
      }));
    });
  }

  @SignedIn()
  @Query(() => [KindHistogram], { description: 'Score distribution of a round per evaluator kind (all three, in order), optionally of a unit, an industry or a tier' })
  @Directive('@listSize(assumedSize: 3)')
  async evaluationHistogram(
    @Arg('roundId', () => ID) roundId: string,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('industryId', () => ID, { nullable: true }) industryId: string | null | undefined,
    @Arg('tier', () => HonorTierEnum, { nullable: true }) tier: HonorTier | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<KindHistogram[]> {
    const rows = await new TrendRepository(ctx.em).histogram(isUuid(roundId) ? roundId : NO_MATCH, filterOf(unitId, industryId, tier));
    return rows.map((row) => Object.assign(new KindHistogram(), {
      kind: row.kind,
      total: row.counts.reduce((a, b) => a + b, 0),
      buckets: SCORE_BUCKETS.map((b, i) => ({ from: b.from, to: b.to, label: b.label.zh, count: row.counts[i]! })),
    }));
  }
}

@Resolver(() => UnitEvaluationScore)
export class UnitEvaluationScoreResolver {
  @SignedIn()
  @FieldResolver(() => Unit, { description: 'The unit (from the units subgraph)' })
  unit(@Root() score: UnitEvaluationScore): Unit {
    return stubOf(Unit, score.unitId);
  }
}

@Resolver(() => TrendPoint)
export class TrendPointResolver {
  @SignedIn()
  @FieldResolver(() => EvaluationRound, { nullable: true, description: 'ROUND points: the round' })
  async round(@Root() point: TrendPoint, @Ctx() ctx: Context): Promise<EvaluationRound | null> {
    return point.roundId ? ctx.loaders.round.load(point.roundId) : null;
  }
}
