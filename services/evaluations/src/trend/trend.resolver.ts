import { SignedIn, isUuid } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import type { HonorTier } from '../criteria/criteria.names.js';
import { HonorTierEnum } from '../graphql/enums.js';
import { SCORE_BUCKETS } from '../histogram/histogram.rules.js';
import { EvaluationRound } from '../round/round.entity.js';
import { TrendRepository, type TrendFilter } from './trend.repository.js';
import { EvaluationTrend, KindHistogram, TrendPoint } from './trend.types.js';

const NO_MATCH = '00000000-0000-0000-0000-000000000000';

/** A filter whose ids are UUIDs; any other id matches nothing (no record has it). */
function filterOf(unitId: string | null | undefined, industryId: string | null | undefined, tier: HonorTier | null | undefined): TrendFilter {
  const id = (value: string | null | undefined) => (value == null ? null : isUuid(value) ? value : NO_MATCH);
  return { unitId: id(unitId), industryId: id(industryId), tier: tier ?? null };
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

@Resolver(() => TrendPoint)
export class TrendPointResolver {
  @SignedIn()
  @FieldResolver(() => EvaluationRound, { nullable: true, description: 'ROUND points: the round' })
  async round(@Root() point: TrendPoint, @Ctx() ctx: Context): Promise<EvaluationRound | null> {
    return point.roundId ? ctx.loaders.round.load(point.roundId) : null;
  }
}
