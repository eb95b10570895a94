import { Public, UnitScoped, UnitWrite, businessToday, inUnitScope, isUuid, scopedUnit, PAGE_LIST_SIZE } from '@sfxd/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaign/campaign.entity.js';
import type { Context } from '../context.js';
import { HonorSubject, Industry, Unit, subjectOf } from '../subject/subject.entity.js';
import { HonorConnection, honorPage } from './honor.connection.js';
import { Honor, HonorEvent, HonorStatusEnum, HonorTierEnum } from './honor.entity.js';
import { overdue, type HonorStatus } from './honor.machine.js';
import { HonorRepository } from './honor.repository.js';
import { DeclareHonorInput, TransitionHonorInput } from './honor.input.js';
import { HonorService } from './honor.service.js';
import type { HonorTier } from './honor.tier.js';

/**
 * Candidacies are records of the unit they belong to: a UNIT_ADMIN reads its own unit's only
 * (another unit's `honor(id)` is FORBIDDEN, lists leave them out); an industry's candidacy is the
 * committee's, outside every unit. LEADER and INTEGRATOR read all.
 */
@Resolver(() => Honor)
export class HonorResolver {
  @UnitScoped('REFUSE')
  @Query(() => Honor, { nullable: true, description: "A candidacy or honor; a UNIT_ADMIN may read its own unit's only" })
  async honor(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Honor | null> {
    const honor = isUuid(id) ? await ctx.loaders.honor.load(id) : null;
    if (honor) inUnitScope(ctx.caller, honor.unitId ?? '', 'REFUSE', 'candidacies');
    return honor;
  }

  @UnitScoped('REFUSE')
  @Query(() => HonorConnection, {
    description: "A campaign's candidacies and honors by declaration date, filtered by tier, status and unit (a UNIT_ADMIN: its own unit's)",
  })
  @Directive(PAGE_LIST_SIZE)
  async honors(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('tier', () => HonorTierEnum, { nullable: true }) tier: HonorTier | null | undefined,
    @Arg('status', () => HonorStatusEnum, { nullable: true }) status: HonorStatus | null | undefined,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<HonorConnection> {
    if (unitId != null) inUnitScope(ctx.caller, unitId, 'REFUSE', 'candidacies');
    if (!isUuid(campaignId) || (unitId != null && !isUuid(unitId))) return HonorConnection.empty();
    const filter = { campaignId, tier: tier ?? null, status: status ?? null, unitId: unitId ?? null, confinedTo: scopedUnit(ctx.caller) };
    return honorPage(new HonorRepository(ctx.em), filter, first, after);
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Campaign)
  async campaign(@Root() honor: Honor, @Ctx() ctx: Context): Promise<Campaign> {
    return (await ctx.loaders.campaign.load(honor.campaignId))!;
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => HonorSubject, { description: 'The member, team, unit or industry honored; resolved by the subgraph that owns it' })
  subject(@Root() honor: Honor): typeof HonorSubject {
    return subjectOf(honor.subjectKind, honor.subjectId);
  }

  @Public()
  @FieldResolver(() => Unit, { nullable: true, description: "The subject's unit; null for an industry" })
  unit(@Root() honor: Honor): Unit | null {
    return honor.unitId ? (subjectOf('UNIT', honor.unitId) as Unit) : null;
  }

  @Public()
  @FieldResolver(() => Industry, { description: "The subject's unit's industry (系统), or the industry itself" })
  industry(@Root() honor: Honor): Industry {
    return subjectOf('INDUSTRY', honor.industryId) as Industry;
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => Boolean, { description: 'A rectification past its deadline with no result yet (Beijing date)' })
  overdue(@Root() honor: Honor): boolean {
    return overdue(honor.state(), businessToday());
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => [HonorEvent], { description: 'Its history, oldest first. Loaded for every honor of a request in one statement' })
  // An honor a dozen events at most.
  @Directive('@listSize(assumedSize: 12)')
  events(@Root() honor: Honor, @Ctx() ctx: Context): Promise<HonorEvent[]> {
    return ctx.loaders.eventsByHonor.load(honor.id);
  }

  @UnitWrite()
  @Mutation(() => Honor, {
    description: 'A step of the naming procedure or of the management of a named honor (ADMIN; a UNIT_ADMIN may WITHDRAW its own unit’s candidacy). ILLEGAL_TRANSITION names the status and the allowed actions; a stale expectedVersion is CONFLICT',
  })
  transitionHonor(@Arg('input', () => TransitionHonorInput) input: TransitionHonorInput, @Ctx() ctx: Context): Promise<Honor> {
    return new HonorService(ctx).transition(input);
  }

  @UnitWrite()
  @Mutation(() => Honor, {
    description: "申报: ADMIN, or a UNIT_ADMIN for its own unit's members, teams and unit; industries by ADMIN. One live candidacy per subject and campaign (CONFLICT)",
  })
  declareHonor(@Arg('input', () => DeclareHonorInput) input: DeclareHonorInput, @Ctx() ctx: Context): Promise<Honor> {
    return new HonorService(ctx).declare(input);
  }
}
