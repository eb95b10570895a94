import { AdminOnly, ArchiveInput, CachedAnswer, Public, UnitScoped, inUnitScope, isUuid, requestedFields } from '@sfxd/kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Industry } from '../industry/industry.entity.js';
import { Team } from '../team/team.entity.js';
import type { TeamRow } from '../team/team.repository.js';
import { Unit } from './unit.entity.js';
import { CreateUnitInput, UpdateUnitInput } from './unit.input.js';
import { UnitRepository, type UnitRow } from './unit.repository.js';
import { UnitService } from './unit.service.js';

/*
 * `Unit.industry` and `Unit.teamCount`, called by graphql-js directly (the subgraph's
 * `directResolvers`): the dashboard's lists ask them of every unit, and the quota @requires the
 * team count of each.
 */
export function resolveUnitIndustry(unit: Pick<UnitRow, 'industry'>, _args: unknown, ctx: Context): Promise<Industry | null> {
  return ctx.loaders.industry.load(unit.industry.id);
}

export function resolveTeamCount(unit: Pick<UnitRow, 'id'>, _args: unknown, ctx: Context): Promise<number> {
  return ctx.loaders.teamCountByUnit.load(unit.id);
}

@Resolver(() => Unit)
export class UnitResolver {
  /**
   * The directory of units (names, codes, industries, team counts) is public. Its whole answer is
   * kept a few seconds (CachedAnswer, with the Unit and Industry fields): the dashboard's per-unit
   * screens start from it.
   */
  @Public()
  @CachedAnswer()
  @Query(() => [Unit], { description: '市直部门（单位） Units in use, by code' })
  async units(
    @Arg('industryId', () => ID, { nullable: true }) industryId: string | undefined,
    @Arg('includeExcluded', () => Boolean, {
      defaultValue: true,
      description: 'false leaves out the units that organise their own action (政法、教育、卫计、国企)',
    })
    includeExcluded: boolean,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnitRow[]> {
    if (industryId != null && !isUuid(industryId)) return [];
    return new UnitRepository(ctx.em).list({ industryId, includeExcluded, includeArchived }, requestedFields(info));
  }

  @Public()
  @Query(() => Unit, { nullable: true })
  async unit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<UnitRow | null> {
    return isUuid(id) ? ctx.loaders.unit.load(id) : null;
  }

  @Public()
  @FieldResolver(() => Industry)
  industry(@Root() unit: UnitRow, @Ctx() ctx: Context): Promise<Industry | null> {
    return resolveUnitIndustry(unit, {}, ctx);
  }

  @UnitScoped('EMPTY')
  @FieldResolver(() => [Team], { description: "The unit's teams in use. Signed-in callers only; a UNIT_ADMIN sees its own unit's" })
  // A unit has a handful of teams.
  @Directive('@listSize(assumedSize: 20)')
  async teams(@Root() unit: UnitRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<TeamRow[]> {
    if (!inUnitScope(ctx.caller, unit.id, 'EMPTY')) return [];
    return ctx.loaders.teamsByUnit(requestedFields(info)).load(unit.id);
  }

  @Public()
  @FieldResolver(() => Int, { description: 'Number of teams in use: the base of the team quota' })
  teamCount(@Root() unit: UnitRow, @Ctx() ctx: Context): Promise<number> {
    return resolveTeamCount(unit, {}, ctx);
  }

  @AdminOnly()
  @Mutation(() => Unit)
  createUnit(@Arg('input', () => CreateUnitInput) input: CreateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    return new UnitService(ctx).create(input);
  }

  @AdminOnly()
  @Mutation(() => Unit)
  updateUnit(@Arg('input', () => UpdateUnitInput) input: UpdateUnitInput, @Ctx() ctx: Context): Promise<Unit> {
    return new UnitService(ctx).update(input);
  }

  @AdminOnly()
  @Mutation(() => Unit, { description: 'Retires a unit (merged or dissolved); its history stays' })
  archiveUnit(@Arg('input', () => ArchiveInput) input: ArchiveInput, @Ctx() ctx: Context): Promise<Unit> {
    return new UnitService(ctx).archive(input);
  }
}
